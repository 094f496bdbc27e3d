// Every process the harness starts is stopped at the end, also on failure or a signal:
//   1. long-lived servers (code-server) run in their own process group (detached) and the whole group is killed,
//      because code-server's children (file watcher, extension host, pty host) outlive it by seconds;
//   2. every process inherits FACTMARK_E2E_RUN=<id>; a final sweep of /proc finds and kills anything of this run
//      still alive (chromium, a shim whose parent died), so no stray process survives even a crash mid-stage.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export const MARKER_VAR = 'FACTMARK_E2E_RUN';

export { runId } from './config.mjs';

const groups = new Set();

/** Starts `cmd` as the leader of a new process group, remembered until stopGroup(). */
export function spawnGroup(cmd, args, options = {}) {
  const child = spawn(cmd, args, { ...options, detached: true });
  groups.add(child);
  child.once('exit', () => { if (!alive(-child.pid)) groups.delete(child); });
  return child;
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signal(pid, sig) {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

/** Polls `condition` until it holds or `ms` pass (process exit has no event for a whole group). */
async function until(condition, ms) {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return condition();
}

/** SIGTERM to the whole group, then SIGKILL to whatever is left after `graceMs`. */
export async function stopGroup(child, graceMs = 5000) {
  if (!child?.pid) return;
  signal(-child.pid, 'SIGTERM');
  if (!(await until(() => !alive(-child.pid), graceMs))) signal(-child.pid, 'SIGKILL');
  await until(() => !alive(-child.pid), 2000);
  groups.delete(child);
}

export async function stopAllGroups() {
  await Promise.all([...groups].map((c) => stopGroup(c)));
}

/** Pids of live processes carrying this run's marker, other than the caller. */
export function markedPids(id = process.env[MARKER_VAR]) {
  if (!id || process.platform !== 'linux') return [];
  const needle = `${MARKER_VAR}=${id}\0`;
  const pids = [];
  const mine = ancestors();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || mine.has(Number(entry))) continue;
    try {
      if ((readFileSync(`/proc/${entry}/environ`, 'latin1') + '\0').includes(needle)) pids.push(Number(entry));
    } catch {
      // exited meanwhile, or not ours to read
    }
  }
  return pids;
}

/** This process and its parents, which a sweep must never stop. */
function ancestors() {
  const pids = new Set();
  for (let pid = process.pid; pid > 1 && !pids.has(pid);) {
    pids.add(pid);
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces, so split after the last ')'.
      pid = Number(readFileSync(`/proc/${pid}/stat`, 'latin1').split(')').pop().trim().split(' ')[1]);
    } catch {
      break;
    }
  }
  return pids;
}

/** Stops every process of this run still alive (TERM, then KILL); returns short descriptions of what it found. */
export async function sweep(graceMs = 3000) {
  const found = markedPids().map((pid) => {
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0').filter(Boolean).join(' ').slice(0, 120);
    } catch {
      // gone
    }
    return `${pid} ${cmd}`;
  });
  for (const pid of markedPids()) signal(pid, 'SIGTERM');
  if (!(await until(() => markedPids().length === 0, graceMs))) for (const pid of markedPids()) signal(pid, 'SIGKILL');
  await until(() => markedPids().length === 0, 2000);
  return found;
}

/** Runs `cleanup` once on SIGINT/SIGTERM/SIGHUP, then exits with 128+signal. */
export function onSignal(cleanup) {
  let done = false;
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const [sig, code] of Object.entries(codes)) {
    process.on(sig, () => {
      if (done) return;
      done = true;
      console.error(`\n[e2e] ${sig}: stopping everything this run started`);
      Promise.resolve(cleanup()).finally(() => process.exit(code));
    });
  }
}
