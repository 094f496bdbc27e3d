// "said the teacher, who gave only her first name, Mirela", "a driver who would give his name only as Tomasz", "a
// nurse identified only as Grace", "a fisherman who gave only his surname, Okafor", "who would only give his first
// name, Emeka": a source the article names in part is that person, by the name given.

/** What follows the speaker's description: the relative or participle that gives part of a name, then the name. */
const PART_NAME = /,?\s+(?:who\s+(?:would\s+|could\s+)?(?:only\s+)?(?:gave|give|gives|provided|offered|shared)\s+(?:only\s+)?(?:his|her|their)\s+(?:(?:(?:first|given|last)\s+name|surname)(?:\s+only)?|(?:first\s+)?name\s+only)|(?:who\s+(?:asked\s+to\s+be|was)\s+)?identified\s+only\s+(?:as|by\s+(?:his|her|their)\s+(?:(?:first|given|last)\s+name|surname),?))[,:]?\s+(?:as\s+)?((?:Mr|Mrs|Ms|Dr)\.?\s+)?(\p{Lu}[\p{L}’'-]+)/u;

/** An apposition describing the speaker, up to the relative that names them; not one naming someone else the
 *  relative may be on ("the mother of a boy who gave only his first name"). */
const APPOSITION = /^,\s+(?:a|an|the)\s+(?![^,]*\s(?:of|with|for|to|from)\s+(?:a|an|the|his|her|their|one|two)\s)[^,.;:“”"]{1,60}$/u;

const TEKNONYM = /^(?:Mama|Baba|Mum|Mom|Papa|Mother|Father|Umm|Abu)$/;

/** The partial name given in or right after the speaker's description at [start, end), or null. */
export function partlyNamed(text: string, start: number, end: number): string | null {
  const m = PART_NAME.exec(text.slice(start, end + 120));
  // "gave her name only as Mama Brian": a parent named after a child names the child, not the speaker.
  // "said one customer, a teacher who gave only her first name, Wambui": the relative may close an apposition.
  if (!m || (m.index > end - start && !APPOSITION.test(text.slice(end, start + m.index))) || TEKNONYM.test(m[2])) return null;
  return (m[1] ?? '') + m[2];
}
