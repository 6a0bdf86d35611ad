// Language resources read by the text stages (sentences, tokens).
export type TextResources = {
  /** abbreviations that end with a period but do not end a sentence, lower-case, without the final period */
  abbreviations: string[];
  /** elided forms written with an apostrophe that form their own token: l', d', qu', n', s', j', c', m', t', jusqu', lorsqu', puisqu' */
  elisions: string[];
  /** clitic suffixes split off a verb: -t-il, -il, -elle, -on, -ils, -elles, -je, -tu, -nous, -vous, -ce */
  clitics: string[];
  /** English-style contractions split from the word: 's, n't, 're, 've, 'll, 'd, 'm */
  contractions: string[];
};
