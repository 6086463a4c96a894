"""Where bench/load's CPU time went, from /proc: the machine, gunicorn's workers, locust.

    python bench/load_cpu.py start STATE_FILE GUNICORN_PID
    python bench/load_cpu.py end STATE_FILE GUNICORN_PID LOCUST_CPU_FILE

"end" prints one line: CPU seconds used on the whole machine during the run, of those available,
and how many of them were gunicorn's (master and workers) and locust's; the rest is PostgreSQL
and whatever else ran on the machine meanwhile.
"""

import json
import os
import sys
import time

TICK = os.sysconf("SC_CLK_TCK")


def machine():
    """(busy CPU seconds of all cores since boot, number of cores)."""
    with open("/proc/stat") as stat:
        lines = stat.read().splitlines()
    fields = [int(v) for v in lines[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle, iowait
    cores = sum(1 for line in lines if line.startswith("cpu") and line[3:4].isdigit())
    return (sum(fields[:8]) - idle) / TICK, cores


def process_seconds(pid, with_children=False):
    """utime + stime of a live process (and of its children that have ended, when asked)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except FileNotFoundError:
        return 0.0
    ticks = int(fields[11]) + int(fields[12])
    if with_children:
        ticks += int(fields[13]) + int(fields[14])
    return ticks / TICK


def children(pid):
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    if int(stat.read().rsplit(")", 1)[1].split()[1]) == int(pid):
                        found.append(int(entry))
            except (FileNotFoundError, ProcessLookupError, IndexError, ValueError):
                continue
    return found


def gunicorn_seconds(master):
    return process_seconds(master, with_children=True) + sum(process_seconds(pid) for pid in children(master))


def main():
    action, state_file = sys.argv[1], sys.argv[2]
    if action == "start":
        busy, cores = machine()
        master = int(sys.argv[3])
        with open(state_file, "w") as out:
            json.dump({"busy": busy, "time": time.time(), "gunicorn": gunicorn_seconds(master)}, out)
        return
    master, locust_file = int(sys.argv[3]), sys.argv[4]
    with open(state_file) as state:
        start = json.load(state)
    busy, cores = machine()
    elapsed = time.time() - start["time"]
    used = busy - start["busy"]
    gunicorn = gunicorn_seconds(master) - start["gunicorn"]
    try:
        with open(locust_file) as locust:
            locust_seconds = float(locust.read().strip())
    except (FileNotFoundError, ValueError):
        locust_seconds = float("nan")
    rest = used - gunicorn - locust_seconds
    print(
        f"CPU during the run: {used:.0f} s of {elapsed * cores:.0f} s ({cores} cores × {elapsed:.0f} s, "
        f"{used / (elapsed * cores):.0%} busy): gunicorn {gunicorn:.0f} s, locust {locust_seconds:.0f} s, "
        f"PostgreSQL and the rest of the machine {rest:.0f} s"
    )


if __name__ == "__main__":
    main()
