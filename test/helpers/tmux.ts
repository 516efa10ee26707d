// A real terminal for end-to-end tests: a private tmux server, a command in a pane,
// keys sent with send-keys and the screen read with capture-pane. Waits poll the pane
// with a deadline rather than sleeping.
import { execFileSync } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';

export class Terminal {
  private readonly socket: string;

  constructor(readonly name = `dpia${process.pid}x${Math.floor(Math.random() * 1e6)}`) {
    this.socket = this.name;
  }

  private tmux(args: string[]): string {
    return execFileSync('tmux', ['-u', '-L', this.socket, ...args], { encoding: 'utf8', env: { ...process.env, TMUX: '' } });
  }

  /** Runs `command` in a 200×50 pane; prints [exit:N] when it ends and keeps the pane open. */
  start(command: string, cwd: string, env: Record<string, string> = {}): void {
    const exports = Object.entries({ LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', NO_COLOR: '1', ...env }).map(([k, v]) => `${k}='${v}'`).join(' ');
    this.tmux(['new-session', '-d', '-s', this.name, '-x', '200', '-y', '50', '-c', cwd,
      `env ${exports} ${command}; echo "[exit:$?]"; sleep 600`]);
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
      await delay(25);
    }
  }

  /** The exit code printed after the command ends. */
  async exitCode(timeoutMs = 15_000): Promise<number> {
    return this.waitFor(() => {
      const m = /\[exit:(\d+)\]/.exec(this.history());
      return m ? Number(m[1]) : undefined;
    }, 'the command to exit', timeoutMs);
  }

  kill(): void {
    try {
      this.tmux(['kill-server']);
    } catch {
      // already gone
    }
  }
}
