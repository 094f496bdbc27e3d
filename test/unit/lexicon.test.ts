// The cue lists say each word once: a repeat in one list, or a word of SPEECH_VERBS again in EXTRA_SPEECH_VERBS
// (whose forms the cue table then skips), is noise a reader has to reconcile.
import assert from 'node:assert/strict';
import * as cues from '../../src/core/lexicon/cues.js';

const LISTS = { SPEECH_VERBS: cues.SPEECH_VERBS, WRITING_VERBS: cues.WRITING_VERBS, COGNITION_VERBS: cues.COGNITION_VERBS, ACCORDING_TO_CUES: cues.ACCORDING_TO_CUES, EXTRA_SPEECH_VERBS: cues.EXTRA_SPEECH_VERBS, STANCE_VERBS: cues.STANCE_VERBS, REPORT_VERBS: cues.REPORT_VERBS };

describe('lexicon: cue lists', () => {
  for (const [name, list] of Object.entries(LISTS)) {
    it(`${name} lists each word once`, () => {
      const repeated = list.filter((w, i) => list.indexOf(w) !== i);
      assert.deepEqual(repeated, []);
    });
  }

  it('EXTRA_SPEECH_VERBS adds only verbs SPEECH_VERBS does not have', () => {
    assert.deepEqual(cues.EXTRA_SPEECH_VERBS.filter((w) => cues.SPEECH_VERBS.includes(w)), []);
  });
});
