// ANSI colour for text output: only on a terminal, never when NO_COLOR is set (https://no-color.org),
// forced on by FORCE_COLOR (for people piping into `less -R`).
import type { CliIo } from './io.js';

export type Paint = (text: string) => string;

export interface Palette {
  dim: Paint;
  bold: Paint;
  red: Paint;
  yellow: Paint;
  green: Paint;
  cyan: Paint;
  blue: Paint;
  magenta: Paint;
}

export function useColor(io: Pick<CliIo, 'isTTY' | 'env'>): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  return io.isTTY;
}

export function palette(enabled: boolean): Palette {
  const sgr = (open: number, close: number): Paint => (enabled ? (t) => `\u001b[${open}m${t}\u001b[${close}m` : (t) => t);
  return {
    dim: sgr(2, 22),
    bold: sgr(1, 22),
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    green: sgr(32, 39),
    cyan: sgr(36, 39),
    blue: sgr(34, 39),
    magenta: sgr(35, 39),
  };
}
