// Runs via tsx: fills a folder with the test wheelhouse (the dify_plugin stand-in and its pure and
// platform-tagged dependencies, built locally: no index is reachable here).
import { fillWheelhouse } from '../../test/offline/wheel-build.js';

fillWheelhouse(process.argv[2]!);
