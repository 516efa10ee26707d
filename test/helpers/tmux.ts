// A real terminal for end-to-end tests: a private tmux server, a command in a pane,
// keys sent with send-keys and the screen read with capture-pane. Waits poll the pane
// with a deadline rather than sleeping.
//
// The commands go to the server through one tmux client in control mode (tmux -C), over
// two named pipes that this process reads and writes synchronously, rather than through a
// tmux process each: a complete interview sends some two thousand commands, and starting a
// process costs several milliseconds here (far more with the CPU shared), against a
// fraction of one for a line on a pipe.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/** One argument in tmux's command syntax: single-quoted, a quote closed, given in double quotes, reopened. */
const quote = (arg: string): string => `'${arg.replace(/'/g, `'"'"'`)}'`;

/** Blocks for `ms` milliseconds (kill() is synchronous: the tests call it in a loop in after()). */
const pause = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/**
 * Whether the process `pid` still runs with `mark` (the socket's name) on its command line:
 * a zombie does not (its command line is empty), nor a process that took the number after
 * it ended (Linux's /proc tells; elsewhere the signal 0 alone).
 */
function running(pid: number, mark: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(mark);
  } catch {
    return true;
  }
}

/** Waits until `pid` has exited; false if it still runs after `timeoutMs`. */
function exited(pid: number, mark: string, timeoutMs: number): boolean {
  const deadline = Date.now() + timeoutMs;
  while (running(pid, mark)) {
    if (Date.now() > deadline) return false;
    pause(5);
  }
  return true;
}

/** A tmux client in control mode: a command is a line written; its reply is the lines between %begin and %end. */
class ControlClient {
  private readonly input: number;
  private readonly output: number;
  private pending = Buffer.alloc(0);
  private readonly chunk = Buffer.alloc(1 << 16);
  private readonly dir: string;
  /** The control client's process (sh execs tmux in it). */
  private readonly pid: number | undefined;
  private readonly socket: string;

  constructor(socket: string, session: string, env: NodeJS.ProcessEnv) {
    this.socket = socket;
    this.dir = mkdtempSync(join(tmpdir(), 'dpia-tmux-'));
    const [input, output] = [join(this.dir, 'in'), join(this.dir, 'out')];
    execFileSync('mkfifo', [input, output]);
    // no-output: the pane's output is read with capture-pane, not streamed as %output lines.
    const client = spawn('sh', ['-c', `exec tmux -u -L "$1" -C attach-session -f no-output -t "$2" <"$3" >"$4"`, 'sh', socket, session, input, output],
      { stdio: 'ignore', env });
    client.unref();
    this.pid = client.pid;
    // Each open waits for the other end: the shell opens the input first, then the output.
    this.input = openSync(input, 'w');
    this.output = openSync(output, 'r');
    this.reply(); // attach-session's own
  }

  private line(): string {
    for (;;) {
      const end = this.pending.indexOf(10);
      if (end >= 0) {
        const line = this.pending.subarray(0, end).toString('utf8');
        this.pending = this.pending.subarray(end + 1);
        return line;
      }
      const read = readSync(this.output, this.chunk);
      if (read === 0) throw new Error('the tmux control client has ended');
      this.pending = Buffer.concat([this.pending, this.chunk.subarray(0, read)]);
    }
  }

  /** The next reply; notifications (%session-changed, …) between replies are skipped. */
  private reply(): string {
    let number: string | undefined;
    const lines: string[] = [];
    for (;;) {
      const line = this.line();
      if (number === undefined) {
        if (line.startsWith('%begin ')) number = line.split(' ')[2];
        continue;
      }
      const end = /^%(end|error) \d+ (\d+) /.exec(line);
      if (end && end[2] === number) {
        if (end[1] === 'error') throw new Error(`tmux: ${lines.join('\n')}`);
        return lines.join('\n');
      }
      lines.push(line);
    }
  }

  run(args: string[]): string {
    writeSync(this.input, `${args.map(quote).join(' ')}\n`);
    return this.reply();
  }

  /**
   * Ends the server (process `server`) with kill-server and returns once it has exited and this client has
   * closed its end of the output. Both pipes stay open until then. The server writes to the output pipe itself
   * (the client handed it over): were its reading end closed before the server is done (as this helper once did,
   * right after writing kill-server), the write of the reply fails with EPIPE, the client's output never drains,
   * and tmux 3.3 never tells the client to exit. The server, already exiting, then waits for ever for that client
   * to leave and refuses every other one ("server exited unexpectedly"), and both stay behind.
   */
  killServer(server: number | undefined, timeoutMs = 5_000): void {
    try {
      try {
        writeSync(this.input, 'kill-server\n');
      } catch {
        // the client has already ended
      }
      if (server && !exited(server, this.socket, timeoutMs)) {
        process.kill(server, 'SIGKILL');
        exited(server, this.socket, 1_000);
      }
      // The server gone, the client ends too (its socket closes): its output ends when it has.
      // Should it not end, it is killed, so that the read below cannot wait for ever.
      if (this.pid && !exited(this.pid, this.socket, 2_000)) process.kill(this.pid, 'SIGKILL');
      while (readSync(this.output, this.chunk) > 0);
    } finally {
      closeSync(this.input);
      closeSync(this.output);
      rmSync(this.dir, { recursive: true, force: true });
    }
  }
}

/** The terminals started and not yet killed: killed when the process exits, if a test did not. */
const live = new Set<Terminal>();
process.on('exit', () => {
  for (const term of live) term.kill();
});

export class Terminal {
  private readonly socket: string;
  private readonly env = { ...process.env, TMUX: '' };
  private client?: ControlClient;
  /** The server's process id and socket file (which tmux leaves behind when it exits). */
  private server?: { pid: number; socket: string };

  constructor(readonly name = `dpia${process.pid}x${Math.floor(Math.random() * 1e6)}`) {
    this.socket = this.name;
  }

  private tmux(args: string[]): string {
    if (!this.client) throw new Error('the terminal has not been started');
    return this.client.run(args);
  }

  /** Runs `command` in a 200×50 pane; prints [exit:N] when it ends and keeps the pane open. */
  start(command: string, cwd: string, env: Record<string, string> = {}): void {
    const exports = Object.entries({ LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', NO_COLOR: '1', ...env }).map(([k, v]) => `${k}='${v}'`).join(' ');
    live.add(this);
    execFileSync('tmux', ['-u', '-L', this.socket, 'new-session', '-d', '-s', this.name, '-x', '200', '-y', '50', '-c', cwd,
      `env ${exports} ${command}; echo "[exit:$?]"; sleep 600`], { env: this.env });
    this.client = new ControlClient(this.socket, this.name, this.env);
    const [pid, socket] = this.tmux(['display-message', '-p', '#{pid} #{socket_path}']).trim().split(/ (.*)/s);
    this.server = { pid: Number(pid), socket };
    this.tmux(['set-option', '-t', this.name, 'history-limit', '20000']);
  }

  /** The whole scrollback and screen, trailing blanks trimmed. */
  history(): string {
    return this.tmux(['capture-pane', '-p', '-J', '-S', '-', '-t', this.name]).replace(/\s+$/, '');
  }

  screen(): string {
    return this.tmux(['capture-pane', '-p', '-J', '-t', this.name]).replace(/\s+$/, '');
  }

  keys(...keys: string[]): void {
    this.tmux(['send-keys', '-t', this.name, ...keys]);
  }

  type(text: string): void {
    if (text !== '') this.tmux(['send-keys', '-t', this.name, '-l', text]);
  }

  /** Process id of the command (the child of the pane's shell). */
  commandPid(): number {
    const shell = this.tmux(['list-panes', '-t', this.name, '-F', '#{pane_pid}']).trim();
    // By the program run, not the process name: Node.js 24 names its main thread "MainThread".
    const children = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', shell], { encoding: 'utf8' }).trim().split('\n');
    const node = children.map((l) => l.trim().split(/\s+/)).find(([, program]) => /(^|\/)node$/.test(program ?? ''));
    if (!node) throw new Error(`no node process under the pane (children: ${children.join('; ')})`);
    return Number(node[0]);
  }

  async waitFor<T>(probe: () => T | undefined | false, what: string, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; screen:\n${this.screen()}`);
      await delay(10);
    }
  }

  /** The exit code printed after the command ends. */
  async exitCode(timeoutMs = 15_000): Promise<number> {
    return this.waitFor(() => {
      const m = /\[exit:(\d+)\]/.exec(this.history());
      return m ? Number(m[1]) : undefined;
    }, 'the command to exit', timeoutMs);
  }

  /** Ends the server, the command and the control client; returns when the server has exited. Never throws. */
  kill(): void {
    if (!live.delete(this)) return;
    const [client, server] = [this.client, this.server];
    this.client = undefined;
    this.server = undefined;
    try {
      if (client) client.killServer(server?.pid);
      // Started but the control client not ready: no client to wait for, so tmux's own kill-server ends it.
      else execFileSync('tmux', ['-L', this.socket, 'kill-server'], { env: this.env, stdio: 'ignore' });
    } catch {
      // already gone
    }
    if (server?.socket) rmSync(server.socket, { force: true });
  }
}
