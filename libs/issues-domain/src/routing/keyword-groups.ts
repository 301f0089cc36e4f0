/**
 * Words that suggest a routing rule, in Kyrgyz, Russian and English, written as people write them.
 * A trailing `*` matches any ending; words of a phrase must follow each other. Deliberately modest:
 * a keyword is a hint behind a proposal the author sees and can override, not a classifier.
 * Phrases are normalised (transliterated, folded) before matching; see docs/issues.md.
 */
export const KEYWORD_GROUPS = {
  // Not "закон*": it would catch "закончить" (to finish).
  LAW_CHANGE: [
    'law', 'laws', 'legislation', 'legislative',
    'закон', 'закона', 'закону', 'законом', 'законе', 'законы', 'законов', 'законам', 'законами', 'законах', 'законодател*', 'законопроект*',
    'мыйзам*',
  ],
  NORMATIVE_ACT: [
    'normative*', 'regulation*', 'decree*', 'government resolution*', 'cabinet resolution*', 'ministerial order*',
    'нормативн*', 'постановлени*', 'технический регламент*', 'приказ* министерств*',
    'токтом*', 'ченемдик*', 'жобо*',
  ],
  NATIONAL_SCOPE: [
    'national level', 'nationwide', 'across the country', 'whole country',
    'национальн* уровн*', 'республиканск* уровн*', 'уровне республики', 'по всей стране', 'по всей республике',
    'улуттук деңгээл*', 'республикалык деңгээл*', 'бүткүл өлкө*', 'өлкө боюнча',
  ],
  STATE_LAND_FUND: [
    'state land fund', 'land redistribution fund', 'state fund land', 'redistribution fund',
    'фонд* перераспределени*', 'фпсу', 'земл* фонд*', 'госфонд*',
    'жер фонд*', 'мамлекеттик фонд* жер*', 'кайра бөлүштүрүү фонд*',
  ],
  GOAT: ['goat*', 'коз', 'коза', 'козы', 'козу', 'козам', 'козами', 'козье*', 'козовод*', 'эчки*', 'теке'],
  FAMILY_SELECTION: [
    'which family', 'which families', 'choos* famil*', 'select* famil*', 'selection of famil*', 'beneficiar*', 'social passport*',
    'выбор* семь*', 'выбор* семей', 'отбор* семей', 'отбор* семь*', 'бенефициар*', 'социальн* паспорт*',
    'үй-бүлө* танд*', 'социалдык паспорт*', 'кайсы үй-бүлө*',
  ],
  GREENHOUSE_DRYER_FISH: [
    'greenhouse*', 'tunnel*', 'dryer*', 'drier*', 'fish*', 'aquacultur*',
    'теплиц*', 'туннел*', 'сушилк*', 'рыб*', 'рыбовод*',
    // Not "балык*": it would catch the town of Balykchy.
    'жылыткана*', 'кургаткыч*', 'балык', 'балыгы', 'балыкты', 'балыкчылык*', 'балык чарба*',
  ],
} as const satisfies Record<string, readonly string[]>;

export type KeywordGroupId = keyof typeof KEYWORD_GROUPS;
