import { describe, expect, it } from 'vitest';
import { actions, DAY, decisions, meeting } from './__fixtures__/spoken-meeting.ts';
import { findActionItems } from './action-items.ts';
import { contextOf } from './meeting-context.ts';
import { normalForm, opensWithVerb } from './normal-forms.ts';

describe('normal forms', () => {
  it('writes contractions and spoken forms out in full', () => {
    expect(normalForm("I'm gonna check, we're happy to help and you'll wanna see")).toBe(
      'I am going to check, we are happy to help and you will want to see',
    );
    expect(normalForm("I 'll send it , they 've seen it")).toBe('I will send it , they have seen it');
  });

  it('tells a phrase that opens with a verb from one that opens with a noun', () => {
    expect(opensWithVerb('recalibrate the sensor array')).toBe(true);
    expect(opensWithVerb('be sketching the case')).toBe(true);
    expect(opensWithVerb('the sensor array')).toBe(false);
  });
});

describe('commitments read from the syntax of a promise', () => {
  it('takes any verb after "I am happy to" / "I will", with the contraction or without', () => {
    expect(
      actions([
        ['Chair', 'Can the minister say when the depot reopens ?'],
        [
          'Minister Lune',
          'Chair , I am happy to follow up with the member opposite when the survey is done .',
        ],
        ['Grad Q', "I 'll recalibrate the sensor array tonight ."],
      ]),
    ).toEqual(['Minister Lune: Follow up with the member opposite', 'Grad Q: Recalibrate the sensor array']);
  });

  it('leaves a promise quoted, asked, under a condition, or of talk in the meeting', () => {
    expect(
      actions([
        ['Grad Q', 'I thought , " well I would be glad to recalibrate the sensor array " .'],
        ['Grad Q', 'If I will recalibrate the sensor array , who checks it ?'],
        ['Grad Q', 'I will say a word about the sensor array .'],
        ['Grad Q', 'I will give it a seven .'],
      ]),
    ).toEqual([]);
  });

  it('takes "we are happy to <verb> it to her" as an undertaking, but not the group\'s plan "we will use…"', () => {
    expect(
      actions([
        ['Chair', 'The member for Eastvale has the floor .'],
        ['Ms. Orla Finch', 'How many depots have reopened ?'],
        ['Hon. Ravi Dunmore', "We 're happy to provide the figures to her in due course ."],
        ['Industrial Designer', 'We will use a rubber case for the handset .'],
      ]),
    ).toEqual(['Hon. Ravi Dunmore: Provide the figures to her in due course']);
  });
});

describe('who chairs', () => {
  it('takes the speaker who says the most words when no label or cue tells, not the one with the most turns', () => {
    const context = contextOf(
      meeting([
        [
          'Grad Q',
          'So the plan for the parser is to split the grammar into regions and test each region on its own .',
        ],
        ['Grad W', 'OK .'],
        ['Grad Q', 'And then we merge the regions back once each one passes the small test set .'],
        ['Grad W', 'Right .'],
        ['Grad W', 'Mm-hmm .'],
      ]),
    );
    expect(context.chair).toBe('Grad Q');
  });
});

describe("the chair's assignments and a permission given", () => {
  it('gives "you are going to…" and "you will be <verb>ing…" to the person who answers', () => {
    expect(
      actions([
        ['Project Manager', "Right , as to next steps , you 're going to look at the battery options ."],
        ['Industrial Designer', 'Okay .'],
        ['Project Manager', "And you 'll be sketching the case layout ."],
        ['User Interface', 'Sure thing .'],
        ['Project Manager', "You 'll get an email with the notes ."],
        ['Marketing', 'Great .'],
      ]),
    ).toEqual(['Industrial Designer: Look at the battery options', 'User Interface: Sketch the case layout']);
  });

  it('reads a task after a clause of time closed by a comma, and "do" with a piece of work', () => {
    expect(
      actions([
        ['Project Manager', "Oh when we move on , you 're going to be sketching the hinge ."],
        ['Industrial Designer', 'Fine .'],
        ['Project Manager', "And you 're gonna be doing the cost survey ."],
        ['Marketing', 'Okay .'],
      ]),
    ).toEqual(['Industrial Designer: Sketch the hinge', 'Marketing: Do the cost survey']);
  });

  it('gives the piece of work to the one who reacts with a laugh, and ends the task before the hope after it', () => {
    expect(
      actions([
        ['Project Manager', 'And for you , the hinge evaluation .'],
        ['Marketing', '{vocalsound}'],
        ['User Interface', '{vocalsound}'],
        [
          'Project Manager',
          "And you 're testing batteries to see how long they last and surely they 'll fail .",
        ],
        ['Industrial Designer', 'Fine .'],
      ]),
    ).toEqual(['Marketing: Do the hinge evaluation', 'Industrial Designer: Test batteries']);
  });

  it('cites the line alone when the one it goes to only made a sound: a vocal sound agrees to nothing', () => {
    const items = findActionItems(
      meeting([
        ['Project Manager', 'And for you , the hinge evaluation .'],
        ['Marketing', '{vocalsound}'],
        ['Project Manager', "And you 're gonna be doing the cost survey ."],
        ['Industrial Designer', 'Okay .'],
      ]),
      DAY,
    );
    expect(items.map((item) => [`${item.owner}: ${item.task}`, item.turns])).toEqual([
      ['Marketing: Do the hinge evaluation', [0]],
      ['Industrial Designer: Do the cost survey', [2, 3]],
    ]);
  });

  it('leaves out "for you" from what the speaker takes on, rather than turning the one spoken to into "them"', () => {
    expect(
      actions([
        ['User Interface', 'Does the dial fit the narrow shell ?'],
        ['Industrial Designer', "That 's a snag . I 'll check the dial spacing for you ."],
        ['Marketing', 'I will book the Pellworth test rig for you all .'],
      ]),
    ).toEqual(['Industrial Designer: Check the dial spacing', 'Marketing: Book the Pellworth test rig']);
  });

  it('gives a soft request ("maybe if you wanna…") to the one who says yes, not a condition with its consequence', () => {
    expect(
      actions([
        ['Industrial Designer', 'So it seems a feasible thing to build for a small price'],
        ['Project Manager', 'Yeah , but maybe if you wanna look into the battery life just to check .'],
        ['Industrial Designer', '{disfmarker} yeah .'],
        ['Grad Q', 'So if you wanna run the parser on the long files you would want more memory .'],
        ['Grad W', 'Yeah .'],
      ]),
    ).toEqual(['Industrial Designer: Look into the battery life just to check']);
  });

  it('takes a hedged "I will probably…", and leaves a light verb with nothing named ("make it", "back up")', () => {
    expect(
      actions([
        ['Grad Q', "I 'll probably rerun the alignment on the long files tonight ."],
        ['Grad W', "I 'll make it ."],
        ['Grad W', "I 'll back up ."],
        ['Grad W', "I 'll put that , lovely ."],
        ['Grad W', "I 'll order it ."],
      ]),
    ).toEqual(['Grad Q: Rerun the alignment on the long files', 'Grad W: Order it']);
  });

  it('gives "you two…" to nobody when only one voice answers', () => {
    expect(
      actions([
        ['Project Manager', 'Next time you two are going to be sketching the hinge .'],
        ['Marketing', 'Oh , nice .'],
        ['Project Manager', 'Right .'],
      ]),
    ).toEqual([]);
  });

  it('gives a permission asked and granted to the asker, and nothing when it is refused', () => {
    expect(
      actions([
        ['Grad Q', 'So OK to just go ahead and book the lab ?'],
        ['Professor Z', 'We need it anyway . Just book it .'],
      ]),
    ).toEqual(['Grad Q: Book the lab']);
    expect(
      actions([
        ['Grad Q', 'So OK to just go ahead and book the lab ?'],
        ['Professor Z', 'No , wait until the budget is in .'],
      ]),
    ).toEqual([]);
  });
});

describe('a suggestion taken on in a word', () => {
  it('gives the suggested task to whoever says "OK I will ask", and nothing without a suggestion', () => {
    expect(
      actions([
        ['Grad Q', 'Would the spare receiver work with it ?'],
        ['Professor Z', "I don't know . You 'll have to check with the vendor ,"],
        ['Grad Q', "OK I 'll ask ."],
      ]),
    ).toEqual(['Grad Q: Check with the vendor']);
    expect(
      actions([
        ['Professor Z', 'The receiver is in the cupboard .'],
        ['Grad Q', "OK I 'll ask ."],
      ]),
    ).toEqual([]);
  });
});

describe('decisions from the shape of talk', () => {
  it('takes a proposal asked as a question once accepted; a floated one needs an endorsement', () => {
    expect(
      decisions([
        ['Grad Q', "So why don't we order a spare charger for the lab ?"],
        ['Professor Z', 'Yeah .'],
      ]),
    ).toEqual(['The group agreed to order a spare charger for the lab.']);
    expect(
      decisions([
        ['Grad Q', 'Should we order a spare charger for the lab ?'],
        ['Professor Z', 'Yeah .'],
      ]),
    ).toEqual([]);
    expect(
      decisions([
        ['Grad Q', 'Should we order a spare charger for the lab ?'],
        ['Professor Z', "That 's a good idea ."],
      ]),
    ).toEqual(['The group agreed to order a spare charger for the lab.']);
  });

  it('takes a proposal question cut off before its mark, without the clause it never said', () => {
    expect(
      decisions([
        [
          'Grad Q',
          'Is {disfmarker} is there any way we can have you know like a {disfmarker} a clip-on microphone for the visitors that {disfmarker}',
        ],
        ['Grad W', 'Probably .'],
        ['Professor Z', "That 's a good idea ."],
      ]),
    ).toEqual(['The group agreed to have a clip-on microphone for the visitors.']);
    expect(
      decisions([
        ['Grad Q', 'Is there any way we can borrow the spare headset that {disfmarker}'],
        ['Professor Z', 'Yeah .'],
      ]),
    ).toEqual([]);
  });

  it("leaves the room's own microphones as procedure", () => {
    expect(
      decisions([
        ['Chair', 'Can we have the microphones switched off during the break ?'],
        ['Grad W', "That 's a good idea ."],
      ]),
    ).toEqual([]);
  });

  it('takes an idea put forward and endorsed', () => {
    expect(
      decisions([
        [
          'Postdoc Y',
          'And one idea for next month , which would be to have the annotators review the guidelines together .',
        ],
        ['Professor Z', "That 's a great idea ."],
      ]),
    ).toEqual(['The group agreed to have the annotators review the guidelines together.']);
  });

  it("takes the chair's closing summary, not the time left", () => {
    const lines: [string, string][] = [
      [
        'Project Manager',
        'So if we go away with that in mind , a rubber case , two batteries and a scroll wheel .',
      ],
      ['Marketing', 'Okay .'],
    ];
    expect(decisions(lines)).toEqual(['The group agreed: a rubber case, two batteries and a scroll wheel.']);
    const late: [string, string][] = [
      ...Array.from({ length: 8 }, (): [string, string] => ['Marketing', 'Fine .']),
      ['Project Manager', "So we 've got about ten minutes left for the budget ."],
    ];
    expect(decisions(late)).toEqual([]);
  });

  it('takes a proposal said as what someone is suggesting, once accepted', () => {
    expect(
      decisions([
        [
          'Professor Z',
          'Well what I was just suggesting is {disfmarker} is we use the spare tablet for the sign-up sheet',
        ],
        ['Grad Q', 'Yeah , and keep it by the door .'],
      ]),
    ).toEqual(['The group agreed to use the spare tablet for the sign-up sheet.']);
    expect(
      decisions([
        ['Grad Q', 'My suggestion is that we rerun the pilot with the quiet room .'],
        ['Professor Z', 'OK .'],
      ]),
    ).toEqual(['The group agreed to rerun the pilot with the quiet room.']);
  });

  it('takes "the other thing we should try is …" once accepted; "what we could do is …" needs an endorsement', () => {
    expect(
      decisions([
        [
          'Postdoc Y',
          'So {disfmarker} so the other thing we should try is to just keep the raw sensor logs ,',
        ],
        ['Grad W', 'Yeah we could try that and compare .'],
      ]),
    ).toEqual(['The group agreed to keep the raw sensor logs.']);
    expect(
      decisions([
        ['Grad W', 'You know , what we could do also is have two versions of the glossary .'],
        ['Postdoc Y', 'Yeah .'],
      ]),
    ).toEqual([]);
    expect(
      decisions([
        ['Grad W', 'You know , what we could do also is have two versions of the glossary .'],
        ['Postdoc Y', "That 's a good idea ."],
      ]),
    ).toEqual(['The group agreed to have two versions of the glossary.']);
  });

  it('leaves a proposal cut off at a possessive ("the colour of our —")', () => {
    expect(
      decisions([
        ['Grad W', 'So , we should paint the lid in the colour of our {disfmarker}'],
        ['Postdoc Y', 'Yeah .'],
      ]),
    ).toEqual([]);
  });

  it('takes a committee adjourned by its chair', () => {
    expect(
      decisions([
        ['Ms. Orla Finch', 'Thank you .'],
        ['The Chair (Mr. Ivo Grant)', 'Therefore , the committee will adjourn until Tuesday .'],
      ]),
    ).toEqual(['The committee adjourned.']);
  });
});

describe('what is not a decision', () => {
  it('leaves how a design works, a plan whose object names nothing, and a proposal said in jest', () => {
    expect(
      decisions([
        [
          'Grad Q',
          'The idea is that we just read the cues off the parser , so we never store the whole tree .',
        ],
        ['Grad W', 'Mm-hmm .'],
        ['Grad Q', "Let 's make those four ."],
        ['Grad W', 'Exactly .'],
        [
          'Grad W',
          "No , I think we should have ten times more hidden nodes than inputs . I 'm ju I 'm just jo",
        ],
        ['Grad Q', 'OK .'],
      ]),
    ).toEqual([]);
  });

  it('still takes a plan with a real object that another speaker accepts', () => {
    expect(
      decisions([
        ['Grad Q', "Let 's make the hidden layer twice as wide ."],
        ['Grad W', 'Exactly .'],
      ]),
    ).toEqual(['The group agreed to make the hidden layer twice as wide.']);
  });
});

describe('a design said as what will be, agreed by others', () => {
  it('takes it when two others agree, or the chair is one side of it', () => {
    expect(
      decisions([
        ['Industrial Designer', 'I think the charger would have to sit right under the rubber lid .'],
        ['User Interface', 'Oh yeah .'],
        ['Marketing', 'Yeah .'],
        ['Project Manager', 'The dial should be used only for volume , because more makes it confusing .'],
        ['Marketing', 'Okay .'],
      ]),
    ).toEqual([
      'The group agreed that the charger would have to sit right under the rubber lid.',
      'The group agreed that the dial should be used only for volume.',
    ]);
  });

  it('leaves one colleague agreeing, an opinion, and a statement someone questions', () => {
    expect(
      decisions([
        ['Industrial Designer', 'The charger would have to sit right under the rubber lid .'],
        ['User Interface', 'Yeah .'],
        ['Project Manager', 'Let us look at the price now .'],
        ['Industrial Designer', 'The slogan would be even more important than the colour .'],
        ['User Interface', 'Yeah .'],
        ['Marketing', 'Yeah .'],
        ['Marketing', 'The lid will be made of cork .'],
        ['Project Manager', 'Cork ? Why ?'],
        ['User Interface', 'Yeah .'],
      ]),
    ).toEqual([]);
  });
});

describe("work said to be someone's task", () => {
  it('gives "it\'s your task to …" to the colleague just spoken to', () => {
    expect(
      actions([
        ['Marketing', 'They say a small screen sells well .'],
        ['Industrial Designer', "Well we 'll consider it ."],
        ['Project Manager', "It 's your task to look into the price of the screen ."],
        ['Industrial Designer', "We 'll think about it ."],
      ]),
    ).toEqual(['Industrial Designer: Look into the price of the screen']);
  });
});
