/**
 * Function words and the words every issue text contains ("problem", "village", "need") in the
 * three languages: they carry no evidence of two issues being the same. Normalised on first use.
 */
export const STOP_WORDS_WRITTEN: readonly string[] = [
  // English
  'a an the and or of for in on at to with by from into as is are be been will would should must this that these those its their our we they it not no',
  'there here has have need needs needed through very too over about issue issues problem problems village villages level levels also other more all',
  // Russian
  'и в во на с со по для от к о об из за до а но не что как это или при его их её ее также нет есть мы они наш наши',
  'нужно нужен нужна нужны надо необходимо необходимость очень слишком проблема проблемы вопрос села село сел уровне уровень',
  // Kyrgyz
  'жана менен үчүн боюнча дагы бул ар ушул ошол анын алардын аркылуу ичинде жок бар биз алар',
  'керек зарыл көйгөй маселе маселеси айыл айылда айылдын деңгээлде деңгээл',
];
