/**
 * The supervisor every program of the plugin's runs under on Linux (pytest, the start check): a
 * small Python program (standard library and ctypes only) run with `python -I -S -c`, its
 * configuration as one JSON argument. Kept as text so the single-file bundles carry it.
 *
 * The program is looked up on PATH when its name has no slash (uv).
 *
 * mode "sandbox": the program runs in new user, mount and PID namespaces, with a fresh /proc (no
 *   other process of the machine is visible: not the action's environment, not its file
 *   descriptors), the runner's command files masked by /dev/null, the cached environment and the
 *   interpreter read-only, and without capabilities (a nested user namespace maps the caller's own
 *   uid and gid back). The supervisor's first child is PID 1 of the namespace: when the program
 *   exits, PID 1 exits and the kernel kills every process left in it, daemons included. When the
 *   action dies (even by SIGKILL), the parent-death signal takes the namespace down.
 * mode "supervise": no namespaces (refused by the machine), but the supervisor is a child
 *   subreaper: daemons the program starts (double fork, setsid) are re-parented to it, not to init,
 *   and it kills them all when the program exits, when it is told to stop, and when the action dies.
 *
 * Whether the setup worked goes to the caller on fd 3, which no program of the run can reach (the
 * supervisor keeps it to itself, and in the sandbox the supervisor is outside the namespace's
 * /proc): `ready sandbox` or `ready supervised` just before the program starts, or `error STEP:
 * REASON` (exit 125) when setting up failed and nothing ran. A program that could forge this would
 * make the caller run it again less isolated. The end ({"exit": n} or {"signal": n}, with
 * {"leftovers": n}) goes to the status file cfg.status, informative only. A program killed by a
 * signal makes the supervisor die of the same signal, so the caller sees what the program saw.
 */
export const SUPERVISOR_SCRIPT = `
import errno, json, os, signal, sys

cfg = json.loads(sys.argv[1])
STATUS = cfg["status"]
CHANNEL = [3]
SETUP_FAILED = 125
PR_SET_PDEATHSIG = 1
PR_SET_CHILD_SUBREAPER = 36
CLONE_NEWNS, CLONE_NEWUSER, CLONE_NEWPID = 0x00020000, 0x10000000, 0x20000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 32, 4096, 16384, 1 << 18
MS_NOATIME, MS_NODIRATIME, MS_RELATIME = 1024, 2048, 1 << 21
FORWARDED = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGQUIT)


def status(**record):
    try:
        with open(STATUS, "a", encoding="utf-8") as f:
            f.write(json.dumps(record) + "\\n")
    except OSError:
        pass


def report(text):
    try:
        os.write(CHANNEL[0], (text + "\\n").encode("utf-8", "replace"))
    except OSError:
        pass


def fail(step, err):
    report("error %s: %s" % (step, os.strerror(err) if isinstance(err, int) else err))
    os._exit(SETUP_FAILED)


try:
    os.set_inheritable(3, False)
except OSError:
    CHANNEL[0] = -1


try:
    import ctypes
    libc = ctypes.CDLL(None, use_errno=True)
except Exception as e:
    fail("ctypes", e)


def check(result, step):
    if result != 0:
        fail(step, ctypes.get_errno())


def write(path, text, step):
    try:
        with open(path, "w") as f:
            f.write(text)
    except OSError as e:
        fail(step, e.errno or str(e))


def pdeathsig(sig, parent):
    libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0)
    if os.getppid() != parent:  # The parent died before the signal was armed.
        os._exit(SETUP_FAILED)


def mount(source, target, fstype, flags, data, step):
    r = libc.mount(
        None if source is None else source.encode(),
        target.encode(),
        None if fstype is None else fstype.encode(),
        ctypes.c_ulong(flags),
        None if data is None else data.encode(),
    )
    check(r, step + " " + target)


def kept_flags(path):
    # A bind mount remounted in a user namespace must keep the locked flags of the original.
    f = os.statvfs(path).f_flag
    flags = 0
    for st, ms in ((2, MS_NOSUID), (4, MS_NODEV), (8, MS_NOEXEC), (1024, MS_NOATIME), (2048, MS_NODIRATIME), (4096, MS_RELATIME)):
        if f & st:
            flags |= ms
    return flags


def exec_program():
    for sig in FORWARDED:
        signal.signal(sig, signal.SIG_DFL)
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        os.chdir(cfg["cwd"])
        os.execvp(cfg["argv"][0], cfg["argv"])
    except OSError as e:
        sys.stderr.write("cannot run %s: %s\\n" % (cfg["argv"][0], e.strerror))
        os._exit(127 if e.errno == errno.ENOENT else 126)


def children(me):
    out = []
    try:
        names = os.listdir("/proc")
    except OSError:
        return out
    for name in names:
        if not name.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % name, "rb") as f:
                stat = f.read().decode("utf-8", "replace")
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2:].split(" ")
        if len(fields) > 1 and fields[1] == str(me) and fields[0] != "Z":
            out.append(int(name))
    return out


def reap_all():
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def kill_descendants():
    # Children re-parented to this subreaper: kill them, reap them, until none is left.
    killed = set()
    me = os.getpid()
    for _ in range(200):
        reap_all()
        left = children(me)
        if not left:
            break
        for pid in left:
            try:
                os.kill(pid, signal.SIGKILL)
                killed.add(pid)
            except OSError:
                pass
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            break
    return len(killed)


def wait_for(child, on_other=None):
    while True:
        try:
            pid, st = os.waitpid(-1, 0)
        except ChildProcessError:
            return None
        except InterruptedError:
            continue
        if pid == child:
            return st


def ended(st):
    if st is None:
        return {"exit": 1}
    if os.WIFSIGNALED(st):
        return {"signal": os.WTERMSIG(st)}
    return {"exit": os.WEXITSTATUS(st)}


def finish(result):
    if "signal" in result:
        sig = result["signal"]
        try:
            import resource
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        except Exception:
            pass
        signal.signal(sig, signal.SIG_DFL)
        os.kill(os.getpid(), sig)
        os._exit(128 + sig)
    os._exit(result.get("exit", 1))


def forward_to(pid):
    def handler(sig, _frame):
        try:
            os.kill(pid, sig)
        except OSError:
            pass
    for sig in FORWARDED:
        signal.signal(sig, handler)


def supervise():
    parent = os.getppid()
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        fail("subreaper", ctypes.get_errno())
    child = os.fork()
    if child == 0:
        pdeathsig(signal.SIGKILL, parent=os.getppid())
        exec_program()

    def stop(sig, _frame):
        # Told to stop, or the caller died (parent-death signal): the program, then everything left.
        try:
            os.kill(child, sig if os.getppid() == parent else signal.SIGKILL)
        except OSError:
            pass
        if os.getppid() != parent:
            kill_descendants()
            os._exit(128 + sig)

    for sig in FORWARDED:
        signal.signal(sig, stop)
    libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)
    if os.getppid() != parent:
        stop(signal.SIGTERM, None)
    report("ready supervised")
    result = ended(wait_for(child))
    result["leftovers"] = kill_descendants()
    status(**result)
    finish(result)


def namespace_init():
    # PID 1 of the new namespace, still with the capabilities of the first user namespace.
    pdeathsig(signal.SIGKILL, parent=0)
    mount(None, "/", None, MS_REC | MS_PRIVATE, None, "make mounts private")
    mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, None, "mount a fresh /proc on")
    for path in cfg.get("mask", []):
        if os.path.isfile(path):
            mount("/dev/null", path, None, MS_BIND, None, "mask")
    for path in cfg.get("readonly", []):
        if os.path.isdir(path):
            flags = kept_flags(path)
            mount(path, path, None, MS_BIND | MS_REC, None, "bind")
            mount(None, path, None, MS_REMOUNT | MS_BIND | MS_RDONLY | flags, None, "make read-only")
    # Writable again inside what was made read-only (the environment being built, in its cache).
    for path in cfg.get("rebind", []):
        if os.path.isdir(path):
            mount(path, path, None, MS_BIND | MS_REC, None, "bind writable")
            # The new bind copies the read-only flag of the mount it was taken from: clear it.
            mount(None, path, None, MS_REMOUNT | MS_BIND | kept_flags(path), None, "make writable")
    # Give up every capability: a nested user namespace mapping the caller's ids back.
    check(libc.unshare(CLONE_NEWUSER), "drop privileges (unshare)")
    write("/proc/self/setgroups", "deny", "drop privileges (setgroups)")
    write("/proc/self/uid_map", "%d 0 1" % cfg["uid"], "drop privileges (uid_map)")
    write("/proc/self/gid_map", "%d 0 1" % cfg["gid"], "drop privileges (gid_map)")
    report("ready")
    os.close(CHANNEL[0])
    CHANNEL[0] = -1
    child = os.fork()
    if child == 0:
        exec_program()
    forward_to(child)
    result = ended(wait_for(child))
    try:
        result["leftovers"] = len([n for n in os.listdir("/proc") if n.isdigit() and n != "1"])
    except OSError:
        result["leftovers"] = 0
    status(**result)
    # Exiting PID 1 makes the kernel kill every process left in the namespace.
    os._exit(128 + result["signal"] if "signal" in result else result["exit"])


def sandbox():
    pdeathsig(signal.SIGKILL, parent=os.getppid())
    uid, gid = os.getuid(), os.getgid()
    cfg["uid"], cfg["gid"] = uid, gid
    check(libc.unshare(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID), "unshare")
    if os.path.exists("/proc/self/setgroups"):
        write("/proc/self/setgroups", "deny", "setgroups")
    write("/proc/self/uid_map", "0 %d 1" % uid, "uid_map")
    write("/proc/self/gid_map", "0 %d 1" % gid, "gid_map")
    r, w = os.pipe()
    init = os.fork()
    if init == 0:
        # The namespace's PID 1 reports to the supervisor only, and closes that before the program starts.
        os.close(r)
        if CHANNEL[0] >= 0:
            os.close(CHANNEL[0])
        CHANNEL[0] = w
        namespace_init()
    os.close(w)
    said = b""
    while True:
        try:
            chunk = os.read(r, 4096)
        except InterruptedError:
            continue
        if not chunk:
            break
        said += chunk
    os.close(r)
    said = said.decode("utf-8", "replace").strip()
    forward_to(init)
    if said != "ready":
        wait_for(init)
        report(said if said.startswith("error ") else "error namespace init: it ended before the program started")
        os._exit(SETUP_FAILED)
    report("ready sandbox")
    st = wait_for(init)
    code = os.WEXITSTATUS(st) if st is not None and os.WIFEXITED(st) else 1
    result = {"exit": code}
    if code > 128:
        # PID 1 cannot die of a signal: it exits 128 + n; the status file says whether that was one.
        try:
            with open(STATUS, encoding="utf-8") as f:
                for line in f:
                    record = json.loads(line)
                    if record.get("signal") == code - 128:
                        result = {"signal": code - 128}
        except (OSError, ValueError):
            pass
    finish(result)


if cfg["mode"] == "sandbox":
    sandbox()
else:
    supervise()
`;
