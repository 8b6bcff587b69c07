import { describe, expect, it } from 'vitest';
import { readQmsumMeeting } from '../../../test/helpers/qmsum-meeting.ts';
import { DAY, meeting } from './__fixtures__/spoken-meeting.ts';
import { findActionItems, findDecisions, findOpenQuestions } from './action-items.ts';

describe('decisions from how people talk', () => {
  it('takes a change tried out loud that another speaker says settles it, and not a mere "if you take"', () => {
    const settled = findDecisions(
      meeting([
        ['Marketing', 'So if we take the solar cell out'],
        ['Industrial Designer', "That'll do it . Eleven point nine ."],
        ['User Interface', "Yeah we're under the budget ."],
      ]),
    );
    expect(settled.map((item) => item.text)).toEqual(['The group decided to take out the solar cell.']);
    expect(settled[0]?.turns).toEqual([0, 1]);
    expect(
      findDecisions(
        meeting([
          ['Industrial Designer', 'And if you take the curved case , then you can only use rubber buttons .'],
          ['Project Manager', 'Yeah . Okay .'],
        ]),
      ),
    ).toEqual([]);
  });

  it('reads a recommendation followed by a doubt, and not what was left unsettled', () => {
    const decisions = findDecisions(
      meeting([
        [
          'Project Manager',
          "Our costs are below budget with recommendations that the budget be increased , I don't know , what do you think ?",
        ],
        [
          'Professor',
          "Something that we haven't really settled on yet is the training set for larger tasks .",
        ],
      ]),
    );
    expect(decisions.map((item) => item.text)).toEqual([
      'The group recommended that the budget be increased.',
    ]);
  });

  it('reports a decision not to do something as such', () => {
    expect(
      findDecisions(meeting([['Industrial Designer', "And we 've decided not to use L_C_D_ ."]])).map(
        (item) => item.text,
      ),
    ).toEqual(['The group decided not to use LCD.']);
  });

  it("finishes an agreed clause cut short with the speaker's next statement, and skips minutes read out", () => {
    const decisions = findDecisions(
      meeting([
        ['Project Manager', 'Okay , minutes , we decided to use a kinetic charger ,'],
        ['Professor', "OK , but in any event we're agreed that the first step is"],
        ['PhD', 'Yeah .'],
        ['Professor', 'So the first thing is for you to build a detector for overlapping speech .'],
      ]),
    );
    expect(decisions.map((item) => item.text)).toEqual([
      'The group decided that the first step was to build a detector for overlapping speech.',
    ]);
    expect(decisions[0]?.turns).toEqual([1, 3]);
  });

  it('takes a proposal another speaker accepts, reported for the group', () => {
    const decisions = findDecisions(
      meeting([
        ['Ana', 'We probably should move the harbour archive off the front desk laptop .'],
        ['Ben', 'We should put it onto the spare drive .'],
        ['Ana', 'OK . Right .'],
      ]),
    );
    expect(decisions.map((item) => item.text)).toEqual([
      'The group agreed to put the harbour archive onto the spare drive.',
    ]);
    expect(decisions[0]?.turns).toEqual([1, 2]);
  });

  it('leaves a proposal nobody takes up, and one that is objected to', () => {
    expect(
      findDecisions(
        meeting([
          ['Marketing', 'I think we should make the case out of titanium .'],
          ['Project Manager', 'No , that is far too expensive .'],
        ]),
      ),
    ).toEqual([]);
  });

  it('reports a decision said outright and a motion the committee resolves', () => {
    const decisions = findDecisions(
      meeting([
        [
          'Postdoc E',
          "OK , so first decision is , we 're gonna anonymize the same name for the speaker identifier .",
        ],
        [
          'Chair',
          'Can I propose, in accordance with Standing Order 17.42, that the committee resolves to meet in private for the remainder of the meeting? Are Members content?',
        ],
      ]),
    );
    expect(decisions.map((item) => item.text)).toEqual([
      'The group decided to anonymize the same name for the speaker identifier.',
      'The committee resolved to meet in private for the remainder of the meeting.',
    ]);
  });
});

describe('a choice said outright', () => {
  it('reports "we decided on X" as a choice of X', () => {
    const discussed = findDecisions(
      meeting([
        ['Marketing', 'So what about the lid ?'],
        ['Industrial Designer', 'We decided on a frosted finish with the logo engraved on top .'],
        ['Marketing', 'Okay .'],
      ]),
    );
    expect(discussed.map((item) => item.text)).toEqual([
      'The group decided on a frosted finish with the logo engraved on top.',
    ]);
  });
});

describe('decisions gone over in a review of the meeting', () => {
  const review = (lines: readonly (readonly [string, string])[]) =>
    findDecisions(
      meeting([
        ['Project Manager', 'Okay , we need to go over the decisions we made .'],
        ['Marketing', 'Okay .'],
        ...lines,
      ]),
    ).map((item) => item.text);

  it('takes answers to "what about…?" and points another speaker accepts or echoes', () => {
    expect(
      review([
        ['Project Manager', 'The handle is folded , double-folded .'],
        ['Marketing', 'Double-folded .'],
        ['Industrial Designer', 'Okay . What about the power supply ?'],
        ['Project Manager', 'Uh a wind-up spring and a battery .'],
      ]),
    ).toEqual([
      'The group decided that the handle was folded, double-folded.',
      'The group decided on the power supply: a wind-up spring and a battery.',
    ]);
  });

  it('leaves hedges, tasks, remarks about the speakers, and points nobody takes up', () => {
    expect(
      review([
        ['Project Manager', 'I think the handle could be wooden .'],
        ['Marketing', 'Yeah .'],
        ['Project Manager', 'You will have a drawing ready next time .'],
        ['Marketing', 'Okay .'],
        ['Project Manager', 'The lid stays transparent .'],
        ['Industrial Designer', 'Why would it ?'],
      ]),
    ).toEqual([]);
  });

  it('reads no review without a cue about decisions', () => {
    expect(
      findDecisions(
        meeting([
          ['Project Manager', 'The handle is folded , double-folded .'],
          ['Marketing', 'Double-folded .'],
        ]),
      ),
    ).toEqual([]);
  });
});

describe('choices confirmed and papers noted', () => {
  it('takes a choice put as a question that another speaker confirms, and not one met with an objection', () => {
    const confirmed = findDecisions(
      meeting([
        ['Industrial Designer', 'Um what about the hinges ? We use the steel hinges ?'],
        ['User Interface', 'Steel .'],
        ['Industrial Designer', 'Okay .'],
      ]),
    );
    expect(confirmed.map((item) => [item.text, item.turns])).toEqual([
      ['The group agreed to use the steel hinges.', [0, 1]],
    ]);
    expect(
      findDecisions(
        meeting([
          ['Industrial Designer', 'We use the steel hinges ?'],
          ['User Interface', "No , I don't think so ."],
        ]),
      ),
    ).toEqual([]);
  });

  it("reads a committee's papers to note as noted, only when the chair asks to note them", () => {
    const noted = findDecisions(
      meeting([
        [
          'Chair',
          "Item 3 is papers to note. There is one paper, which is the board's letter on school meals. Are Members happy to note that? Thank you.",
        ],
      ]),
    );
    expect(noted.map((item) => item.text)).toEqual([
      "The committee noted the board's letter on school meals.",
    ]);
    expect(
      findDecisions(meeting([['Chair', 'We will look at papers to note later on. Any other questions?']])),
    ).toEqual([]);
  });
});

describe('action items from how people talk', () => {
  it('writes a task put to "you two guys" without the words that address them, or its due date', () => {
    const items = findActionItems(
      meeting([
        [
          'Lead',
          'So how about if you two guys between now and next week come up with a rota for the kiosk .',
        ],
        ['Analyst B', 'Sure .'],
      ]),
      DAY,
    );
    expect(items.map((item) => [item.owner, item.task])).toEqual([
      ['Analyst B', 'Come up with a rota for the kiosk'],
    ]);
  });

  it('names the thing a task calls "it" or "them" when a clause before it in the sentence said what it is', () => {
    const items = findActionItems(
      meeting([
        ['Analyst C', "Once we settle on a floor plan we 'll send it to the removal firm ."],
        ['Lead', 'And if you take photos of the whiteboard , um , could you email them to Dora ?'],
        ['Analyst B', 'Sure .'],
      ]),
      DAY,
    );
    expect(items.map((item) => [item.owner, item.task])).toEqual([
      ['Analyst C', 'Send the floor plan to the removal firm'],
      ['Analyst B', 'Email the photos to Dora'],
    ]);
  });

  it('gives a task said in a clause about its object that object back, and writes nothing said on the board', () => {
    const items = findActionItems(
      meeting([
        [
          'Analyst C',
          "So I ran some timing tests , which I 'll report on next time , which do show the queue .",
        ],
        ['Analyst B', "You 're much taller than me so I 'm gonna write down here ."],
      ]),
      DAY,
    );
    expect(items.map((item) => [item.owner, item.task])).toEqual([
      ['Analyst C', 'Report on some timing tests next time'],
    ]);
  });

  it('gives a task to the roles the chair names, also by their initials', () => {
    const items = findActionItems(
      meeting([
        ['Marketing', 'Right .'],
        ['Project Manager', 'Then the I_D_ and the U_I_D_ need to work together on the prototype model .'],
        ['Industrial Designer', 'Okay .'],
        ['Project Manager', 'And the Marketing Expert to check the sales figures .'],
        ['User Interface', 'I think the marketing expert should relax .'],
      ]),
      DAY,
    );
    expect(items.map((item) => [item.owner, item.task, item.turns])).toEqual([
      ['Industrial Designer', 'Work together on the prototype model', [1, 2]],
      ['User Interface', 'Work together on the prototype model', [1, 2]],
      ['Marketing', 'Check the sales figures', [3]],
    ]);
  });

  it('takes commitments, offers and requests with owners, never in-meeting moves or thanks', () => {
    const actions = findActionItems(
      meeting([
        ['Rhys Morgan', "I'll start, if that's okay. I'll answer this in English."],
        ['Chair', 'Has the harbour board got any comment on the ferry timetable?'],
        ['Carys Bell', "I'm not aware of issues, if I'm honest. I'm quite happy to look at that."],
        ['Grad E', 'I will send you a pointer to a Java applet that does that .'],
        ['Project Manager', "I'll show you the presentation now ."],
        ['Ana Lima', 'Ben, could you prepare the store screenshots by March 18?'],
        ['Ben Okafor', 'Yes, will do.'],
      ]),
      DAY,
    );
    expect(actions.map((item) => [item.owner, item.task, item.due ?? null])).toEqual([
      ['Carys Bell', 'Look at the ferry timetable', null],
      ['Grad E', 'Send them a pointer to a Java applet that does that', null],
      ['Ben Okafor', 'Prepare the store screenshots', '2026-03-18'],
    ]);
    expect(actions.at(-1)?.turns).toEqual([5, 6]);
  });

  it("takes what a speaker needs to do or wants to do after the meeting, not an in-meeting report or a customer's words", () => {
    const actions = findActionItems(
      meeting([
        ['Grad K', 'So I need to delete the old files off the scratch disk .'],
        ['Grad L', 'Okay . Uh I have to report , the recordings .'],
        ['Marketing', "Nobody says I've got to buy a new lamp for a bedside table ."],
        ['Professor M', 'I wanna look at these error rates off-line and talk with everybody .'],
        ['Grad K', 'I want to get to the station quickly , says the user .'],
      ]),
      DAY,
    );
    expect(actions.map((item) => [item.owner, item.task])).toEqual([
      ['Grad K', 'Delete the old files off the scratch disk'],
      ['Professor M', 'Look at these error rates off-line and talk with everybody'],
    ]);
  });

  it('gives what the chair tells the others to do to those who take it on, never a task at the whiteboard', () => {
    const actions = findActionItems(
      meeting([
        ['Project Manager', 'Okay .'],
        ['Project Manager', 'Well , I guess you two have to figure out the cover material .'],
        ['User Interface', 'Yeah .'],
        ['Industrial Designer', 'Okay .'],
        ['Project Manager', 'And by the way , Ana , please save your notes in the shared folder .'],
        ['Marketing', 'Okay , that is clear .'],
        ['Project Manager', 'You have to write your favourite animal on the whiteboard .'],
        ['Marketing', 'Okay .'],
      ]),
      DAY,
    );
    expect(actions.map((item) => [item.owner, item.task, item.turns])).toEqual([
      ['User Interface', 'Figure out the cover material', [1, 2]],
      ['Industrial Designer', 'Figure out the cover material', [1, 3]],
      ['Marketing', 'Save their notes in the shared folder', [4, 5]],
    ]);
  });

  it('takes no task from a clause cut in two ("implement is so small that…")', () => {
    const actions = findActionItems(
      meeting([
        ['Professor', 'Okay .'],
        ['Professor', 'The parser you should implement is so small that it fits on a page .'],
        ['Grad H', 'Yeah .'],
      ]),
      DAY,
    );
    expect(actions).toEqual([]);
  });

  it('gives a request for a note to the witness who could not answer', () => {
    const actions = findActionItems(
      meeting([
        ['Suzy Davies AM', 'How much of that is new money?'],
        ['Julie Morgan AM', "I don't have that at the moment."],
        ['Lynne Neagle AM', 'Maybe we could have a note on that, Deputy Minister.'],
      ]),
      DAY,
    );
    expect(actions.map((item) => [item.owner, item.task])).toEqual([
      ['Julie Morgan AM', 'Send the committee a note on that'],
    ]);
  });
});

describe('agreement reached across turns and plans passed on by the chair', () => {
  it('settles the last plan before a closing call, hedged or not, and not a joke or a question', () => {
    const decisions = findDecisions(
      meeting([
        ['Project Manager', 'So we are over budget by about three euros .'],
        ['Marketing', 'I think we need to come to a compromise here'],
        ['Marketing', 'and maybe move ahead with the project , without the wind-up charger .'],
        ['Industrial Designer', 'Yeah . I guess we might have to do that .'],
        ['Project Manager', "It's a major change but , yeah . Alright , so we're in agreement on that ."],
        ['Marketing', 'Unfortunately I think we are .'],
      ]),
    );
    expect(decisions.map((item) => item.text)).toEqual([
      'The group agreed to move ahead with the project, without the wind-up charger.',
    ]);
    expect(decisions[0]?.turns).toEqual([2, 4]);
    // Asked as a question, it takes another speaker's yes.
    const asked = (reply: string) =>
      findDecisions(
        meeting([
          ['Designer', 'So we want the voice control and we want a few big buttons .'],
          ['Project Manager', 'Do we agree on that ?'],
          ['Designer', reply],
        ]),
      ).map((item) => item.text);
    expect(asked('Yes .')).toEqual([
      'The group agreed that they want the voice control and they want a few big buttons.',
    ]);
    expect(asked('No , not yet .')).toEqual([]);
  });

  it("takes the requirements the chair passes on as settled, and not the chair's other wishes", () => {
    const decisions = findDecisions(
      meeting([
        ['Project Manager', 'We really want to hear your ideas on the case .'],
        ['Project Manager', 'So , I had some new information about the product requirements .'],
        ['Project Manager', "The first one is that we don't really want to use the radio tuner anymore ."],
        ['Designer', 'Mm-hmm .'],
        ['Project Manager', 'And also the kiosk will only be used for ferry tickets , so no extra screens .'],
        ['Project Manager', 'Because if we want to do everything it will cost too much .'],
      ]),
    );
    expect(decisions.map((item) => item.text)).toEqual([
      'The group decided not to use the radio tuner anymore.',
      'The group decided that the kiosk would only be used for ferry tickets.',
    ]);
  });

  it("reads the chair's plan for the meeting's own business", () => {
    const decisions = findDecisions(
      meeting([
        ['Professor', 'OK . So , I guess we are gonna do the digit readings at the end .'],
        ['Student', 'Channel two .'],
        ['Professor', 'Right .'],
      ]),
    );
    expect(decisions.map((item) => item.text)).toEqual([
      'The group decided to do the digit readings at the end.',
    ]);
  });

  it('skips options still open and proposals quoted as someone might say them', () => {
    expect(
      findDecisions(
        meeting([
          [
            'Designer',
            'And we also decided on the front , we could possibly either have a printed logo or maybe an engraving .',
          ],
          ['Professor', 'You can\'t always say , " well , let\'s go to the recording studio downstairs " .'],
          ['Student', 'Yeah .'],
        ]),
      ),
    ).toEqual([]);
  });

  it('notes papers the chair suggests noting in a block', () => {
    const decisions = findDecisions(
      meeting([
        [
          'Chair',
          "Item 3 then is papers to note . There are 9 papers to note . If Members are content , I'd suggest that we note all of them in a block .",
        ],
      ]),
    );
    expect(decisions.map((item) => item.text)).toEqual(['The committee noted the 9 papers.']);
  });
});

describe('a plan of the group whose object is "that"', () => {
  it('takes the phrase the speaker said just before it, and leaves a "that" with nothing to name', () => {
    const decisions = findDecisions(
      meeting([
        ['Ana Ruiz', 'We can do nine hundred a month if we drop the weekend shifts.'],
        ['Ben Cole', "Nine hundred without weekend shifts. Okay, that works for us. Let's go with that."],
      ]),
    );
    expect(decisions.map((item) => item.text)).toEqual([
      'The group agreed to go with nine hundred without weekend shifts.',
    ]);
    expect(
      findDecisions(
        meeting([
          ['Ana Ruiz', 'The blue cover looks better on the shelf.'],
          ['Ben Cole', "Let's go with that."],
        ]),
      ),
    ).toEqual([]);
  });
});

describe('a decision reported from another meeting', () => {
  it('takes "Outcome of the … sync:" as a said decision, and not the conclusion of a test', () => {
    const decisions = findDecisions(
      meeting([
        ['Lena Park', "Outcome of today's ops sync: Harbor 2.1 moves from May 4 to May 18."],
        ['Lena Park', 'Conclusion of the load test: the queue stalls above 900 jobs.'],
      ]),
    );
    expect(decisions.map((item) => item.text)).toEqual([
      'The group decided that Harbor 2.1 moves from May 4 to May 18.',
    ]);
  });
});

describe('a participant called by name after the task', () => {
  it('ends the task before the name, and keeps a word that names no participant', () => {
    const items = findActionItems(
      meeting([
        ['Nora Lind', 'Can someone add the two links to the wiki page?'],
        ['Ivo Brandt', "I'll include the two links, Nora."],
        ['Nora Lind', "And I'll book the hall for the launch, Friday."],
      ]),
      DAY,
    );
    expect(items.map((item) => [item.owner, item.task])).toEqual([
      ['Ivo Brandt', 'Include the two links'],
      ['Nora Lind', 'Book the hall for the launch'],
    ]);
  });
});

describe('a task taken on with "it" after a question that names it', () => {
  it('reads "it" as what the question asked about with the same verb, and leaves it else', () => {
    const items = findActionItems(
      meeting([
        ['Asha Rao', "Who's reviewing the shift rota?"],
        ['Tomas Lind', "I can take it. I'll review it this afternoon."],
        ['Asha Rao', 'Is the printer fixed?'],
        ['Tomas Lind', "No. I'll chase it tomorrow."],
      ]),
      DAY,
    );
    expect(items.map((item) => [item.owner, item.task])).toEqual([
      ['Tomas Lind', 'Review the shift rota'],
      ['Tomas Lind', 'Chase it'],
    ]);
  });
});

describe('action items given without "please"', () => {
  it("gives the chair's list of who does what to the people named or to those who take it on", () => {
    const actions = findActionItems(
      meeting([
        ['Project Manager', 'Okay . So after lunch you have individual work .'],
        ['Project Manager', 'And Odile to finish the trend report .'],
        ['Marketing', 'Yep .'],
        ['Project Manager', 'No use to draw on the board itself .'],
        ['Project Manager', 'And you will work together on a prototype in clay .'],
        ['Designer', 'Okay .'],
        ['Marketing', 'Sure .'],
      ]),
      DAY,
    );
    expect(actions.map((item) => [item.owner, item.task])).toEqual([
      ['Marketing', 'Finish the trend report'],
      ['Designer', 'Work together on a prototype in clay'],
      ['Marketing', 'Work together on a prototype in clay'],
    ]);
  });

  it('reads a member speaking for those doing the work, and the chair promising the transcript', () => {
    const actions = findActionItems(
      meeting([
        ['Chair', 'Thank you all for coming .'],
        ['Designer', 'Uh we will try to explore these two shapes .'],
        ['Chair', 'You will be sent a transcript to check for accuracy , as is usual practice .'],
        ['Chair', 'We will try to finish on time .'],
      ]),
      DAY,
    );
    expect(actions.map((item) => [item.owner, item.task])).toEqual([
      ['Designer', 'Try to explore these two shapes'],
      ['Chair', 'Send them a transcript to check for accuracy'],
    ]);
  });

  it('takes what a witness assures the committee of as the task', () => {
    const actions = findActionItems(
      meeting([
        [
          'Rhian Vaughan',
          'So , will you assure this committee that you will make sure parents know about the tax-free offer ?',
        ],
        ['Gareth Pryce', 'Yes , absolutely .'],
      ]),
      DAY,
    );
    expect(actions.map((item) => [item.owner, item.task])).toEqual([
      ['Gareth Pryce', 'Make sure parents know about the tax-free offer'],
    ]);
  });
});

describe('on a real committee hearing (QMSum education_4)', () => {
  it('finds the follow-ups a note-taker would write and no procedural lines', async () => {
    const transcript = await readQmsumMeeting('education_4');
    const actions = findActionItems(transcript, DAY);
    expect(actions.map((item) => item.owner)).toContain('David Hopkins');
    expect(actions.map((item) => item.task).join(' | ')).not.toMatch(/in English|be honest/i);
    expect(
      findOpenQuestions(transcript)
        .map((item) => item.text)
        .join(' | '),
    ).not.toMatch(/thank you for your attendance/i);
  });
});

describe('decisions in a hearing', () => {
  const exchange: readonly (readonly [string, string])[] = [
    ['Chair', 'Welcome to this committee . Questions on capacity from Rhian first .'],
    ['Rhian Parry', 'Thank you. Chair, is there enough capacity in the wards ?'],
    ['Minister', "Chair, we've got a plan for surge capacity . So , we can flex up our capacity ."],
    ['Chair', 'Okay . Lovely . We will move on to the next questions for this committee .'],
  ];
  it("takes no witness's plan for the meeting's, while the same talk in a team meeting is a decision", () => {
    expect(findDecisions(meeting(exchange))).toEqual([]);
    const team = exchange.map(
      ([speaker, text]) => [speaker, text.replace(/\b(?:Chair|this committee),? ?/g, '')] as const,
    );
    expect(findDecisions(meeting(team)).map((item) => item.text)).toEqual([
      'The group agreed to flex up their capacity.',
    ]);
  });

  it('keeps what the committee itself resolves (QMSum education_0)', async () => {
    const transcript = await readQmsumMeeting('education_0', 'val');
    const said = findDecisions(transcript).map((item) => item.text);
    expect(said).toContain('The committee resolved to meet in private for the remainder of the meeting.');
    expect(said.join(' | ')).not.toMatch(/^The group|\| The group/);
    // A clause opening with a member's name keeps its capital after "agreed that".
    expect(said.join(' | ')).toMatch(/agreed that Dawn Bowden AM would temporarily chair/);
  });
});

describe('the clause of a decision', () => {
  it('is lowercased after "agreed that" unless it opens with a name or an acronym', () => {
    const agreed = (statement: string) =>
      findDecisions(
        meeting([
          ['Chair', 'Welcome to this committee .'],
          ['Member', `Chair, the committee has agreed that ${statement} .`],
          ['Chair', 'Thank you. Chair, yes .'],
        ]),
      ).map((item) => item.text);
    expect(agreed('Mira Holt will chair the next session')).toEqual([
      'The committee agreed that Mira Holt would chair the next session.',
    ]);
    expect(agreed('The next session will be held in private')).toEqual([
      'The committee agreed that the next session would be held in private.',
    ]);
  });
});

describe('on a real research meeting with a non-native speaker (QMSum Bmr006)', () => {
  it('writes action items without hesitation sounds, the commas around them or a stray quote mark', async () => {
    const transcript = await readQmsumMeeting('Bmr006');
    const tasks = findActionItems(transcript, DAY).map((item) => item.task);
    const said = [...tasks, ...findDecisions(transcript).map((item) => item.text)].join(' | ');
    expect(said).not.toMatch(/\beh\b|\buh\b|\bwith,|\s'\s/i);
    // "to do that" names what the speaker said they had not done yet.
    expect(tasks.some((task) => /^Meet with \p{Lu}\p{L}+ to do the \p{Lu}\p{L}+ stuff$/u.test(task))).toBe(
      true,
    );
    expect(tasks).toContain('Put the energy here');
  });
});

describe('on a real design meeting that ends in chit-chat (QMSum TS3004d)', () => {
  it('keeps the design decisions and drops a game agreed on while the meeting winds down', async () => {
    const transcript = await readQmsumMeeting('TS3004d');
    const said = findDecisions(transcript).map((item) => item.text);
    expect(said).toContain('The group agreed to use hard plastic.');
    expect(said.join(' | ')).not.toMatch(/\bplay\b/i);
  });
});

describe('a proposal hedged after its clause', () => {
  it('is judged without the hedge: a vague object stays no decision, a named one stays a decision', () => {
    const talk = (proposal: string) =>
      findDecisions(
        meeting([
          ['Manager', proposal],
          ['Designer', 'Yeah .'],
        ]),
      ).map((item) => item.text);
    expect(talk('Well actually , we should have it the other way around , I guess .')).toEqual([]);
    expect(talk('Well actually , we should use the rubber buttons , I guess .')).toEqual([
      'The group agreed to use the rubber buttons.',
    ]);
  });
});

describe('pastimes agreed in passing', () => {
  it('are chit-chat, while a proposal about the work with the same shape stays a decision', () => {
    const talk = (proposal: string) =>
      findDecisions(
        meeting([
          ['Manager', 'So that was the last point on the agenda .'],
          ['Designer', proposal],
          ['Marketing', 'Yeah , okay .'],
        ]),
      ).map((item) => item.text);
    expect(talk("Let's play cards .")).toEqual([]);
    expect(talk("Let's grab some lunch .")).toEqual([]);
    expect(talk("Let's use the rubber buttons .")).toEqual(['The group agreed to use the rubber buttons.']);
  });
});

describe('on a real design meeting with restarts (QMSum ES2006b)', () => {
  it('phrases a task said twice once, and never ends a task on a conjunction', async () => {
    const transcript = await readQmsumMeeting('ES2006b', 'val');
    const items = findActionItems(transcript, DAY).map((item) => [item.owner, item.task]);
    expect(items).toContainEqual(['User Interface', 'Look at the user interface concept']);
    expect(items).toContainEqual(['Project Manager', 'Try and do that for the next meeting']);
    for (const [, task] of items) expect(task).not.toMatch(/\s(?:and|but|or|so)$/i);
  });
});
