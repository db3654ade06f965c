#!/usr/bin/env python3
"""Rewrites the output under every `$ htlookup ...` line of ```console blocks in the given
Markdown files with the binary's real output (stdout then stderr), as tests/readme.rs checks."""
import os, re, shlex, subprocess, sys
BIN = os.environ.get("HTLOOKUP", "target/debug/htlookup")
env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR","CLICOLOR","CLICOLOR_FORCE","COLUMNS","LANG","HTLOOKUP_DATA","TERM")}
def run(command):
    keys = b""
    m = re.match(r"printf '(.*?)' \| (htlookup.*)", command)
    if m:
        keys = m.group(1).replace("\\n", "\n").encode(); command = m.group(2)
    if "|" in command or ">" in command:
        shell = command.replace("htlookup", BIN, 1)
        r = subprocess.run(["bash", "-c", shell], capture_output=True, env=env, input=keys)
    else:
        words = shlex.split(command)
        r = subprocess.run([BIN] + words[1:], capture_output=True, env=env, input=keys)
    return (r.stdout + r.stderr).decode()
for path in sys.argv[1:]:
    lines = open(path).read().split("\n")
    out = []; i = 0; in_console = False
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            in_console = line == "```console"; out.append(line); i += 1; continue
        if in_console and line.startswith("$ "):
            out.append(line); i += 1
            while i < len(lines) and not lines[i].startswith("$ ") and not lines[i].startswith("```"):
                i += 1
            text = run(line[2:])
            out.extend(text.rstrip("\n").split("\n") if text else [])
            continue
        out.append(line); i += 1
    open(path, "w").write("\n".join(out))
