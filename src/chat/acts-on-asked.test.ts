import { describe, expect, it } from 'vitest';
import { actsOnAskedThing } from './acts-on-asked.ts';
import { askedVerb } from './question-terms.ts';

const question = 'Which package did bo tell ana_r to install before building gridmon-gtk?';

describe('actsOnAskedThing', () => {
  it('reads the act asked done to the thing the question names as no new one of the kind', () => {
    const verb = askedVerb(question);
    expect(verb).toBeDefined();
    expect(actsOnAskedThing(question, verb, 'ana_r: sudo apt-get install gridmon-gtk')).toBe(true);
    expect(actsOnAskedThing(question, verb, 'ana_r: install the gridmon-gtk')).toBe(true);
  });

  it('leaves the line that names another one of the kind', () => {
    const verb = askedVerb(question);
    expect(actsOnAskedThing(question, verb, 'ana_r: install the base-devel package first')).toBe(false);
    expect(actsOnAskedThing(question, verb, 'ana_r: you could build it by hand')).toBe(false);
    // A common noun of the question as the object is no name of the thing asked about.
    const group = 'Which group did bo tell ana_r to add her user to?';
    expect(actsOnAskedThing(group, askedVerb(group), 'ana_r: add your user to the plugdev group')).toBe(
      false,
    );
  });

  it('reads nothing for a question that asks no thing of a kind', () => {
    const how = 'How did bo tell ana_r to install gridmon-gtk?';
    expect(actsOnAskedThing(how, askedVerb(how), 'ana_r: sudo apt-get install gridmon-gtk')).toBe(false);
  });
});
