import { describe, expect, it } from 'vitest';
import { readQmsumMeeting } from '../../../test/helpers/qmsum-meeting.ts';
import { compressUtterance, endsOpen, withoutBrokenWords, withoutCutOffWords } from './compress-utterance.ts';
import { findDecisions } from './decisions.ts';

describe('compressUtterance', () => {
  it('drops "no" as an answer but keeps it as a determiner', () => {
    expect(compressUtterance('So no lid on the box.')).toBe('No lid on the box.');
    expect(compressUtterance('No, we keep the lid.')).toBe('We keep the lid.');
  });

  it('drops a word of assent set off by a comma and thanks before what follows, and keeps "sure enough"', () => {
    expect(compressUtterance("Sure, I'll have a draft by Thursday noon.")).toBe(
      "I'll have a draft by Thursday noon.",
    );
    expect(compressUtterance("Thanks Ravi, I'll send the customer version today.")).toBe(
      "I'll send the customer version today.",
    );
    expect(compressUtterance('Sure enough, the build failed again.')).toBe(
      'Sure enough, the build failed again.',
    );
    expect(compressUtterance('Thanks for the figures.')).toBe('Thanks for the figures.');
  });

  it('drops restarts through a cut-off word and a subject given up for another', () => {
    expect(compressUtterance('one possibility was that if they st if they inherited that equipment .')).toBe(
      'One possibility was that if they inherited that equipment.',
    );
    expect(compressUtterance('to do more e easier the recording with this d device')).toBe(
      'To do more easier the recording with this device.',
    );
    expect(compressUtterance('It-it would be hard')).toBe('It would be hard.');
    expect(compressUtterance("once it is complete , and I 've verified it .")).toBe(
      "Once it is complete, and I've verified it.",
    );
    expect(compressUtterance('recommendations that they the budget be increased')).toBe(
      'Recommendations that the budget be increased.',
    );
  });

  it('drops a longer word cut off and said again, and a restart through a short fragment', () => {
    expect(compressUtterance('we need to custom desi design a circuit board')).toBe(
      'We need to custom design a circuit board.',
    );
    expect(compressUtterance('maybe they ob they could watch the door')).toBe(
      'Maybe they could watch the door.',
    );
    expect(compressUtterance("I it 's possible that the lamp works")).toBe(
      "It's possible that the lamp works.",
    );
    expect(compressUtterance("and I mean i it 's possible that the lamp works")).toBe(
      "It's possible that the lamp works.",
    );
    expect(compressUtterance('it fits our m market group, and we could w we could sell it')).toBe(
      'It fits our market group, and we could sell it.',
    );
    expect(compressUtterance('so plan b is the x axis for option c prices')).toBe(
      'Plan b is the x axis for option c prices.',
    );
    // A real word between two repeats stays ("to get to", "as far as").
    expect(compressUtterance('we want to get to the station as far as we can')).toBe(
      'We want to get to the station as far as we can.',
    );
    // The gentle mode keeps the speaker's restarts.
    expect(compressUtterance('we need to custom desi design it', { aggressive: false })).toBe(
      'We need to custom desi design it.',
    );
  });

  it('drops a restart through a two-letter fragment a word or two after the word it goes back to', () => {
    expect(compressUtterance('so this is a lacquered ba a lacquer-based finish for the tiller')).toBe(
      'This is a lacquer-based finish for the tiller.',
    );
    expect(compressUtterance('it was the wo it was like a winch with no handle')).toBe(
      'It was like a winch with no handle.',
    );
    // A short word, a capitalised one or a single letter between is no fragment ("a dog or a cat",
    // "the big TV the", "do that or y do").
    expect(compressUtterance('we could take a dog or a cat on the barge')).toBe(
      'We could take a dog or a cat on the barge.',
    );
    expect(compressUtterance('put it on the big TV the one in the hall')).toBe(
      'Put it on the big TV the one in the hall.',
    );
    expect(compressUtterance('they should paint the hull or y paint the deck first')).toBe(
      'They should paint the hull or paint the deck first.',
    );
  });

  it('joins acronyms spelled out letter by letter', () => {
    expect(compressUtterance("And we 've decided not to use L_C_D_ .")).toBe("We've decided not to use LCD.");
  });

  it('keeps short words that are words ("on one side", "in into", "give you the")', () => {
    expect(compressUtterance('we put it on one side and go in into the room to give you the key')).toBe(
      'We put it on one side and go in into the room to give you the key.',
    );
  });

  it('drops a clause abandoned at a disfluency marker, and a subject given up for another', () => {
    expect(compressUtterance("and you don't want to {disfmarker} I hate looking at tiny buttons .")).toBe(
      'I hate looking at tiny buttons.',
    );
    // The subject before the marker starts the restart; the clause before it is kept.
    expect(
      compressUtterance("I don't know if that 's always the case I {disfmarker} I haven't read the notes ."),
    ).toBe("I don't know if that's always the case I haven't read the notes.");
    // A repair repeating the word before the marker goes on with the clause.
    expect(compressUtterance('we trained the nets on {disfmarker} on the new data .')).toBe(
      'We trained the nets on the new data.',
    );
    expect(compressUtterance('I it adds two hundred milliseconds of delay .')).toBe(
      'It adds two hundred milliseconds of delay.',
    );
    expect(compressUtterance("I do I don't like to say it .")).toBe("I don't like to say it.");
    // A whole clause before the marker and a capital after it: two sentences.
    expect(
      compressUtterance("the colour doesn't seem to matter {disfmarker} The shape is what counts ."),
    ).toBe("The colour doesn't seem to matter. The shape is what counts.");
    expect(compressUtterance('we could use the bigger {disfmarker} Monday slot .')).toBe(
      'We could use the bigger Monday slot.',
    );
    // An open clause of up to fourteen words before a new sentence was given up for it, not joined to it.
    expect(
      compressUtterance(
        'this is a point that should go to the people in the {disfmarker} If you ask the planners , they know .',
      ),
    ).toBe('If you ask the planners, they know.');
    expect(
      compressUtterance('Um , i so I know e e you know this {disfmarker} The rota may not suit this group .'),
    ).toBe('The rota may not suit this group.');
  });

  it('joins quotation marks to their words, drops an unpaired one, and ends before a trailing conjunction', () => {
    expect(compressUtterance('we could call it " the blue plan " .')).toBe(
      'We could call it "the blue plan".',
    );
    expect(compressUtterance('" we should look at the ledger OK')).toBe('We should look at the ledger OK.');
    expect(compressUtterance('I wanted to show that to you now but')).toBe(
      'I wanted to show that to you now.',
    );
  });

  it('ends a sentence where letters broken off run into a capitalised restart', () => {
    expect(compressUtterance("So the ferry is reliable um t i i In the winter it's often late .")).toBe(
      "The ferry is reliable. In the winter it's often late.",
    );
    // A letter that names an item, and the pronoun, stay.
    expect(compressUtterance('We keep plan b and I call the harbour .')).toBe(
      'We keep plan b and I call the harbour.',
    );
  });

  it('ends a sentence where letters broken off run into "I" and a verb, and keeps "plan b I …"', () => {
    expect(compressUtterance("we can't use the ferry 'cause it's quite f I find it slow .")).toBe(
      "We can't use the ferry 'cause it's quite. I find it slow.",
    );
    expect(compressUtterance("we could go with plan b I'm sure it's cheaper .", { aggressive: false })).toBe(
      "We could go with plan b I'm sure it's cheaper.",
    );
  });

  it('ends an open clause too long to drop where a new sentence starts after the marker, and knows a sentence cut off', () => {
    const text = compressUtterance(
      'we would like to have the noise of the other people in the room taken out from {disfmarker} So what they do is run an adaptive filter .',
    );
    expect(text).toBe(
      'We would like to have the noise of the other people in the room taken out from. What they do is run an adaptive filter.',
    );
    expect(endsOpen('We want the noise of the other people taken out of the.')).toBe(true);
    // A preposition or "be" may end a whole clause.
    expect(endsOpen("It's not clear what the pump is connected to.")).toBe(false);
    expect(endsOpen('It is as good as it could be.')).toBe(false);
    expect(endsOpen('The batteries are quite.')).toBe(true);
    expect(endsOpen('We kept the one we talked about.')).toBe(false);
    expect(endsOpen('I told her.')).toBe(false);
  });

  it('drops a run of words said twice, contractions included, in both modes', () => {
    for (const aggressive of [true, false])
      expect(
        compressUtterance("You'll be checking you'll be checking the ferry timetable,.", { aggressive }),
      ).toBe("You'll be checking the ferry timetable.");
    // A word run said once, or a phrase whose words recur apart, stays.
    expect(compressUtterance('We can book the hall, and then we can book the band.')).toBe(
      'We can book the hall, and then we can book the band.',
    );
  });

  it('leaves the gentle mode (citations, action items) as it was', () => {
    expect(compressUtterance('I it adds a delay , and', { aggressive: false })).toBe(
      'I it adds a delay, and.',
    );
    expect(compressUtterance('Okay . W start with the casing .', { aggressive: false })).toBe(
      'W start with the casing.',
    );
  });
});

describe('withoutCutOffWords', () => {
  it('drops a word cut off and said again in full, alone or with the word before it', () => {
    expect(withoutCutOffWords('like cell phones, exch exchangeable covers')).toBe(
      'like cell phones, exchangeable covers',
    );
    expect(withoutCutOffWords('on one of the bot the bottom layer')).toBe('on one of the bottom layer');
    // Words said once, or a real word between two repeats, stay.
    expect(withoutCutOffWords('we want to get to the station as far as we can')).toBe(
      'we want to get to the station as far as we can',
    );
    expect(withoutCutOffWords('put the energy source on the bottom')).toBe(
      'put the energy source on the bottom',
    );
  });

  it('tidies the items recap writes from a real design meeting (QMSum TS3011c)', async () => {
    const said = findDecisions(await readQmsumMeeting('TS3011c')).map((item) => item.text);
    expect(said.join(' | ')).toContain('like cell phones, exchangeable covers');
    expect(said.join(' | ')).not.toMatch(/\bexch\b/);
  });
});

describe('hesitations and quote marks in lightly compressed turns', () => {
  const light = (text: string) => compressUtterance(text, { aggressive: false });

  it('drops a hesitation between commas with one comma, or none after a word that cannot end a phrase', () => {
    expect(light('I have to meet with , uh , Mira to do that .')).toBe(
      'I have to meet with Mira to do that.',
    );
    expect(light('a test bed , eh , well , eh , a set of models .')).toBe(
      'A test bed, well, a set of models.',
    );
    expect(light('a set of feature structure eh , eh , models .')).toBe('A set of feature structure models.');
    expect(light('I will put eh the energy here .')).toBe('I will put the energy here.');
  });

  it('drops a quote mark that is the only one, and keeps a pair around quoted words', () => {
    expect(light("we could ' just do that once I 've verified it .")).toBe(
      "We could just do that once I've verified it.",
    );
    expect(light('you can not always go , " well , let \'s go to the lab " .')).toMatch(
      /go, " ?well, let's go to the lab ?"/,
    );
  });

  it('drops "I think that" at the start of a clause, and keeps "that" as a pronoun', () => {
    expect(light('I think we have to think about how . I think that this can not be decided today .')).toBe(
      'We have to think about how. This can not be decided today.',
    );
    expect(light('I think that is a good idea .')).toBe('That is a good idea.');
  });
});

describe('withoutBrokenWords', () => {
  it('drops the start of a word said in full a word or two later, when no dictionary holds it', () => {
    expect(withoutBrokenWords('the kettle was fil nearly filled')).toBe('the kettle was nearly filled');
    expect(withoutBrokenWords('it came gl gre glossy green paint')).toBe('it came glossy green paint');
  });

  it('keeps a word the dictionary holds before a longer word that starts with it', () => {
    expect(withoutBrokenWords('the car and cards')).toBe('the car and cards');
    expect(withoutBrokenWords('we use the users list')).toBe('we use the users list');
  });

  it('drops a fragment the speaker went back before, but not a list said with "or a"', () => {
    expect(withoutBrokenWords('it was pota it was a turnip')).toBe('it was a turnip');
    expect(withoutBrokenWords('a sledge or a kayak or a raft')).toBe('a sledge or a kayak or a raft');
  });

  it('drops two letters standing alone that no dictionary holds, not an abbreviation', () => {
    expect(withoutBrokenWords('there was a spare gr tent for the boxes')).toBe(
      'there was a spare tent for the boxes',
    );
    expect(withoutBrokenWords('the pc in the hall')).toBe('the pc in the hall');
  });

  it('drops a determiner given up for another', () => {
    expect(withoutBrokenWords('we liked these this colour')).toBe('we liked this colour');
    expect(withoutBrokenWords('there was some an echo')).toBe('there was an echo');
    expect(withoutBrokenWords('is this the right hall')).toBe('is this the right hall');
    expect(withoutBrokenWords('give her a map')).toBe('give her a map');
  });
});

describe('fillers the speaker sets off', () => {
  it('drops "like" between commas and "cuz" opening a clause', () => {
    expect(compressUtterance('we wanted to find out , like , the size of the tent .')).toBe(
      'We wanted to find out, the size of the tent.',
    );
    expect(compressUtterance('cuz the ferry was late .')).toBe('The ferry was late.');
  });

  it('drops a clause of nothing but broken-off letters, which would read as an initial', () => {
    expect(compressUtterance('g g If {disfmarker} If the tide is low we walk .')).toBe(
      'If the tide is low we walk.',
    );
    expect(compressUtterance('plan b . The rest .')).toBe('Plan b. The rest.');
  });

  it('drops a letter standing alone as a sentence ends, not an item or one of a pair', () => {
    expect(compressUtterance('the campers were not allowed to g .')).toBe('The campers were not allowed to.');
    expect(compressUtterance('we took plan c .')).toBe('We took plan c.');
    expect(compressUtterance('the path runs from a to d .')).toBe('The path runs from a to d.');
    expect(compressUtterance('pick between a and d .')).toBe('Pick between a and d.');
  });
});
