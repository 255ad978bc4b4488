import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../scripts/extract/quantities/extractQuantities.ts';
import { sentencesFrom } from './support/sentences.ts';

const read = (...texts: string[]) => extractQuantities(sentencesFrom(...texts)).map((m) => [m.value, m.unit]);

describe('extractQuantities: figures whose noun is elsewhere in the text', () => {
  it('reads a common verb after a subject figure as its verb, so the figure counts the noun named before ("Three use old ovens")', () => {
    expect(read('Seven bakeries sell rye bread.', 'Three use old brick ovens.', 'Three others buy loaves.')).toEqual([[7, 'bakeries'], [3, 'bakeries'], [3, 'bakeries']]);
    expect(read('Ten firms bid.', 'Two offer cheap rates.')).toEqual([[10, 'firms'], [2, 'firms']]);
    // A singular noun that is no common verb still leads on to the plural head.
    expect(read('Police logged three workplace violent shooting attacks.')).toEqual([[3, 'attacks']]);
  });
  it('gives the dead their own count in a list with the wounded ("2,000 dead and 9,000 wounded")', () => {
    expect(read('The war left 2,000 dead and 9,000 wounded.')).toEqual([[2000, 'people'], [9000, 'wounded']]);
    expect(read('We count 4,000 dead and 11,000 casualties.')).toEqual([[4000, 'people'], [11000, 'casualties']]);
    // Other modifiers still share the noun after the last figure.
    expect(read('The plant has 900 full-time and 40 temporary workers.')).toEqual([[900, 'workers'], [40, 'workers']]);
  });
  it('counts the plural before a dash or colon with a total after the figure ("hard winters -- six in all")', () => {
    expect(read('The village had hard winters -- six in all.')).toEqual([[6, 'winters']]);
    expect(read('The club won trophies: nine in total.')).toEqual([[9, 'trophies']]);
    // Without the total the bare figure counts nothing.
    expect(read('The club won trophies: nine, said the coach.')).toEqual([]);
  });
});

describe('extractQuantities: counted nouns in more shapes', () => {
  it('reads "near" before the noun and a quoted noun phrase as what is counted ("three near misses")', () => {
    expect(read('Pilots filed four reports and two near collisions.')).toEqual([[4, 'reports'], [2, 'collisions']]);
    expect(read('The pilots told of six thefts and one near crash at the field.')).toEqual([[6, 'thefts'], [1, 'crash']]);
    expect(read('Guards found two "ghost rifles" in the van.')).toEqual([[2, 'rifles']]);
    expect(read('Police held 50 near the border.')).toEqual([]);
  });
  it('reads a comma between two modifiers as one noun phrase ("two complete, signed letters")', () => {
    expect(read('The box holds two complete, signed scores and three short drafts.')).toEqual([[2, 'scores'], [3, 'drafts']]);
    expect(read('The board held 14 open or closed sessions.')).toEqual([[14, 'sessions']]);
  });
  it('reads "wk" and "yrs" as weeks and years', () => {
    expect(read('The 8-wk trial ran over 3 yrs.')).toEqual([[8, 'weeks'], [3, 'years']]);
  });
  it('reads "plot 2" as a label that borrows no count noun', () => {
    expect(read('Five farms were hit.', 'The largest (plot 2 on the map) lost its barn.')).toEqual([[5, 'farms']]);
  });
});

describe('countedPhrase: modifiers in quotation marks', () => {
  it('reads the plural after a quoted modifier ("five \'high sea\' Greek barges")', () => {
    expect(read("It is one of only five 'high sea' Greek barges ever raised.")).toEqual([[5, 'barges']]);
    expect(read('He keeps three “lucky” ponies.')).toEqual([[3, 'ponies']]);
  });
});

describe('countedPhrase: names and plurals between the figure and the noun', () => {
  it('reads a name of capitalised words before a lower-case plural as its modifier, whatever wink tagged them', () => {
    expect(read('The chain shut nine Cook County stores.')).toEqual([[9, 'stores']]);
    expect(read('About 80 Occupy Derby marchers sat down.')).toEqual([[80, 'marchers']]);
  });
  it('reads Latin plurals as plurals ("12 vertebrae", "40 alumni")', () => {
    expect(read('The fossil keeps 12 tail vertebrae and 40 alumni came.')).toEqual([[12, 'vertebrae'], [40, 'alumni']]);
  });
  it('reads a plural name of people as the whole after "of" ("three of four Ohioans")', () => {
    expect(read('A poll found that three of four Ohioans want a vote.')).toEqual([[3, 'ohioans'], [4, 'ohioans']]);
  });
});

describe('extractQuantities: others hurt or killed with a named person', () => {
  it('counts "N others" after a casualty verb and its object as people', () => {
    expect(read('He is charged with shooting a guard and wounding four others.')).toEqual([[4, 'people']]);
    expect(read('The strike killed the commander and six others.')).toEqual([[6, 'people']]);
    // "he and nine others were arrested" stays out: ten were.
    expect(read('Police said he and nine others were arrested.')).toEqual([]);
  });
});

describe('extractQuantities: reference marks borrow no count noun', () => {
  it('lends no noun to a note number glued to a word or a full stop, nor to figure numbers closing a bracket', () => {
    expect(read('The fossil keeps 12 tail vertebrae.', 'The tail bends as in Velox3,14.')).toEqual([[12, 'vertebrae']]);
    expect(read('The fossil keeps 12 tail vertebrae.', '2 and 3).')).toEqual([[12, 'vertebrae']]);
    expect(read('Two storms hit the coast.8 The storms were strong.')).toEqual([[2, 'storms']]);
  });
});

describe('extractQuantities: more units and frames', () => {
  it('reads hyphened areas and frequencies ("a 4,100-square-foot house", "a 41.5 kHz tone")', () => {
    expect(read('They bought a 4,100-square-foot house and a 3-square-mile ranch.')).toEqual([[4100, 'sq ft'], [3, 'sq mi']]);
    expect(read('The 41.5 kHz tone was heard.')).toEqual([[41.5, 'kHz']]);
  });
  it('reads a headline "Number of ..." after a live blog\'s time stamp', () => {
    expect(read('6:15 P.M. Number of soldiers hurt near the river rises to nine.')).toEqual([[1095, 'clock time'], [9, 'soldiers']]);
  });
  it('reads no plural after "one" as its noun ("only one remains", "the call one makes")', () => {
    expect(read('Of the 40 names, only one remains on the list.')).toEqual([[40, 'names'], [1, 'names']]);
    expect(read('That is the call one makes when it is caught.')).toEqual([]);
  });
});

describe('findNumbers: "this one" is a pronoun', () => {
  it('lends no earlier count noun to "This one matters", but "that one more case" still counts', () => {
    expect(read('The club lost 26 games.', 'This one means more.')).toEqual([[26, 'games']]);
    expect(read('Two suits failed.', 'He hopes that one more suit may win.')).toEqual([[2, 'suits'], [1, 'suit']]);
  });
});
