// Closing read of the twentieth session's rules: short invented sentences where a new rule misfired.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/index.js';

const speakerOf = (text: string, quote: string) => analyze(text).quotes.find((q) => q.inner.text.startsWith(quote))?.speaker;

describe('closing read of the twentieth session', () => {
  it('a bare spokesperson after a sentence a common noun opens speaks for no body of that name', () => {
    const nurses = 'Nurses walked out on Tuesday. "Patient care is safe," a spokesperson said.\n';
    assert.notEqual(speakerOf(nurses, 'Patient care')?.name, 'Nurses');
    const crews = 'Ambulance crews attended the scene. "One patient was taken to hospital," a spokesperson said.\n';
    assert.notEqual(speakerOf(crews, 'One patient')?.name, 'Ambulance');
    // A body's name of two words still speaks.
    const body = 'Orbis Health confirmed the clinic would close in May. "Staff will be redeployed," a spokesperson said.\n';
    assert.equal(speakerOf(body, 'Staff will')?.name, 'Orbis Health');
  });
});
