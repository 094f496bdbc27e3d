// Does a transcript's speaker label name the quote's speaker? "KISHIDA", "Kishida", "PM Kishida" and
// "Fumio Kishida" all name "Fumio Kishida": labels and names match when they share a name word (titles and
// initials aside).
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'pm', 'prime', 'minister', 'president', 'secretary', 'chancellor', 'the', 'sen', 'senator', 'rep', 'gov', 'governor', 'mayor', 'general', 'gen', 'chief', 'spokesperson', 'spokesman', 'spokeswoman']);

export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 2 && !TITLES.has(w));
}

export function sameSpeaker(label: string, speaker: string): boolean {
  const a = new Set(nameWords(label));
  return nameWords(speaker).some((w) => a.has(w));
}
