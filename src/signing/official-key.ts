/**
 * The Dify marketplace's public signing key (RSA-4096, PKCS#1), as the daemon embeds it
 * (pkg/license/public_key/PUBLIC_KEY.pem). Public data: every daemon trusts it. `verify` always does.
 */
export const OFFICIAL_PUBLIC_KEY = `-----BEGIN RSA PUBLIC KEY-----
MIICCgKCAgEAwUY1cndCmqclHHlCn/PVB011n0m+vmXT2M/QWbViM/2oqO2S5lXl
VYwZjbN+r3xjUxnzCK6YC7fCI0CXJ69RPTpfRc9meV0TPb50g01kJI6HWL+SziZs
i+Mmul5ji7W4ebpOUNUPuBgFFfzrOv4BSO6tWVfpiqFTdfF3o2XT3FUja2rMCSQO
dsGvuhX5/YYAnOH4suxGo+nWda/QC+ohM4z8yLuM6fo7QPmkjTXN+jr7+RZ6JA7g
6XT7TdMK8oJcqMm15E0pRmgfNNLvqSeVcVM5OgmteTpSn7ekSdCMOpai3Cnc4zOa
PWSViiHTDu9AIoDbSBRQbvOaQ339eXOlHnomvg6WK6hw3hYoE+ASkv5qK9BwuWqn
xdUQ99qJ04eNTGjqCo65P9DKzpDb5BT5cxg40Utue0MbuN6pLPwhqkvnVmExuykw
aLQmTwnLODOD4gc5UU1dUeSUOxQeSoL8zSqL809ZV89B31jYOSFqcKEbyhoKaen3
dQSUFxEIca7Juj4E4tC+V1RsU2GSaVRCKEtJ4RBnDkQvB4aRBL+zpc26aIBKb3G3
0a9BWRvXRy+gr/qx8fDJgOuF23j1WXEDVsNtK6vpHGQkDUmsBsE2U+Sag9l2Vnq1
hrqLbjz2PPOHsBkg09IlM6SNr2NaEWvVJnC/szW8EQ51QBz8XJOnEmUCAwEAAQ==
-----END RSA PUBLIC KEY-----
`;
