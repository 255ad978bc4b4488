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

describe('extractQuantities: bare figures that name, date or measure, and borrow no count noun', () => {
  it('reads a figure dated by an era or "circa" as a year ("in 612 AD", "(c. 540-601)")', () => {
    expect(read('Monks kept 16 scrolls.', 'The abbey was built in 612 AD by a queen (c. 540-601).')).toEqual([[16, 'scrolls']]);
    expect(read('The wall had 30 towers.', 'It was raised in 2,300 BC.')).toEqual([[30, 'towers']]);
  });
  it('reads the rest of a label\'s list as labels ("Figs. 4, 5", "parts one, two and three", "ranked at 3")', () => {
    expect(read('The team took 40 samples.', 'See Figs. 4, 5 and 6.')).toEqual([[40, 'samples']]);
    expect(read('Three novels were filmed.', 'Two men directed parts one, two and three.')).toEqual([[3, 'novels'], [2, 'men']]);
    expect(read('Seven traits were scored.', 'The lip was ranked at 3.')).toEqual([[7, 'traits']]);
  });
  it('reads "minus 20", "at 19, she ...", "younger than 40" as no count', () => {
    expect(read('The hut held nine children.', 'It was minus 20 outside.')).toEqual([[9, 'children']]);
    expect(read('She had three brothers.', 'At 19, she became a nurse.')).toEqual([[3, 'brothers']]);
    expect(read('Of 9,000 patients, 1,200 were younger than 40.')).toEqual([[9000, 'patients'], [1200, 'patients']]);
  });
  it('reads "before age 45" as an age', () => {
    expect(read('They were diagnosed before age 45.')).toEqual([[45, 'years old']]);
  });
  it('lends no noun to a figure before a unit it does not know or a name with its own noun', () => {
    expect(read('Ten grains were dated.', 'A dose of 150 Gy, 20 μl of acid and 3000 nT/min were used for 10 s.')).toEqual([[10, 'grains']]);
    expect(read('The band had 12 fans.', 'It played two Pink Floyd covers.')).toEqual([[12, 'fans']]);
    // A day after a bare figure still lets it borrow.
    expect(read('Police held 30 people.', 'They arrested 14 Monday.')).toEqual([[30, 'people'], [14, 'people']]);
  });
  it('lends no noun to a note after a quotation mark or a list of notes, nor to a date after a slash', () => {
    expect(read('Two storms hit.', 'It was “a bright light”12 in the sky, seen on the night of May 28/29.')).toEqual([[2, 'storms']]);
    expect(read('Ten grains were dated.', 'The method of dating quartz34, 35 was used.')).toEqual([[10, 'grains']]);
  });
  it('counts residents of "populations of 100,000" and carries a measure back to the level a change started from', () => {
    expect(read('The city had 47 murders, the most among cities with populations of 100,000 or more.')).toEqual([[47, 'murders'], [100000, 'residents']]);
    expect(read('They found 16 mammals.', 'People lived there from 52,000 to 48,000 years ago.')).toEqual([[16, 'mammals'], [52000, 'years'], [48000, 'years']]);
  });
});

describe('impliedNouns: "N of them" points back to the first plural of the sentence', () => {
  it('counts that plural ("after miners struck over their wages, 300 of them were fired")', () => {
    expect(read('After miners struck over their unpaid wages, 300 of them were fired.')).toEqual([[300, 'miners']]);
    expect(read('Although most of the children got well, only two of them walk.')).toEqual([[2, 'children']]);
  });
});

describe('extractQuantities: more nouns written elsewhere', () => {
  it('reads the noun an editor supplies in square brackets ("get 222 [electoral votes]")', () => {
    expect(read('“We were never going to get 210 [Electoral College votes].”')).toEqual([[210, 'votes']]);
  });
  it('counts people where a verb of protest follows a bare figure ("Nearly 40 picketed")', () => {
    expect(read('Nearly 40 picketed outside the plant, and about 300 marched to city hall.')).toEqual([[40, 'people'], [300, 'people']]);
  });
});

describe('findNumbers and countedPhrase: a year before a sum, and the whole after an owner', () => {
  it('reads no span from a year to a sum or a scaled figure ("pay for 2016 to $12.4 million")', () => {
    expect(read('He got a rise in his pay for 2016 to $12.4 million.')).toEqual([[12400000, 'USD']]);
    expect(read('The crowd of 40,000 people grew from 3 million in 1990 to 4.5 million in 2010.').map(([v]) => v)).toEqual([40000, 3000000, 4500000]);
  });
  it('reads the plural after the owner and the whole\'s figure ("60 million of the world\'s 500 million cattle farmers")', () => {
    expect(read('India has 60 million of the world\'s 500 million cattle farmers.')).toEqual([[60000000, 'farmers'], [500000000, 'farmers']]);
  });
});
