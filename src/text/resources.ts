// Language resources read by the text stages (sentences, tokens).
export type TextResources = {
  /** abbreviations that end with a period but do not end a sentence, lower-case, without the final period */
  abbreviations: string[];
  /** abbreviations that often end a sentence ("at 6:30 p.m. The boy ..."): a capitalised word after them starts a new one */
  sentenceFinalAbbreviations: string[];
  /** capitalised words that continue a sentence after such an abbreviation ("5 p.m. Monday") */
  capitalisedContinuations: string[];
  /** elided forms written with an apostrophe that form their own token: l', d', qu', n', s', j', c', m', t', jusqu', lorsqu', puisqu' */
  elisions: string[];
  /** clitic suffixes split off a verb: -t-il, -il, -elle, -on, -ils, -elles, -je, -tu, -nous, -vous, -ce */
  clitics: string[];
  /** tokens that Universal Dependencies reads as two syntactic words ("du" = de + le), for the parser */
  syntacticWords: Record<string, string[]>;
  /** English-style contractions split from the word: 's, n't, 're, 've, 'll, 'd, 'm */
  contractions: string[];
};
