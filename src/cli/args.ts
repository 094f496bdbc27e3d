// A small, strict argument parser: every option is declared, unknown ones are usage errors (exit 2),
// `--name value` and `--name=value` both work, and `--` ends the options.

export class UsageError extends Error {}

export interface OptionSpec {
  /** Long name without dashes, e.g. "format". */
  name: string;
  /** One-letter alias without the dash, e.g. "f". */
  alias?: string;
  /** True when the option takes a value. */
  value: boolean;
}

export interface ParsedArgs {
  /** The last value of each option. */
  options: Map<string, string | true>;
  /** Every value of each valued option, in order (for options that may be repeated). */
  all: Map<string, string[]>;
  positionals: string[];
}

export function parseArgs(argv: string[], specs: OptionSpec[]): ParsedArgs {
  const options = new Map<string, string | true>();
  const all = new Map<string, string[]>();
  const positionals: string[] = [];
  const setValue = (name: string, value: string): void => {
    options.set(name, value);
    all.set(name, [...(all.get(name) ?? []), value]);
  };
  const find = (token: string) =>
    token.startsWith('--') ? specs.find((s) => s.name === token.slice(2)) : specs.find((s) => s.alias === token.slice(1));

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const spec = find(flag);
    if (!spec) throw new UsageError(`unknown option ${flag}`);
    if (!spec.value) {
      if (eq > 0) throw new UsageError(`option --${spec.name} takes no value`);
      options.set(spec.name, true);
    } else if (eq > 0) {
      setValue(spec.name, arg.slice(eq + 1));
    } else {
      const next = argv[i + 1];
      if (next === undefined) throw new UsageError(`option --${spec.name} needs a value`);
      setValue(spec.name, next);
      i += 1;
    }
  }
  return { options, all, positionals };
}
