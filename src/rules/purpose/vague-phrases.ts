// Data for purpose/vague: phrases that name a goal without saying what is done with the
// data, and filler words that carry no purpose of their own. Lower case, in words as
// the tokenizer splits them (hyphens and punctuation become spaces). Longer phrases first
// is not needed: the matcher tries every phrase at every position and takes the longest.
// Keyed by language, matched in every language (a purpose may be written in any): this is
// what the rule looks for, not words dpia prints, so it is not a catalogue; a language
// without a list here is still checked for length and for the other languages' phrases.

/** Fewer words than this cannot say what is done, with which data, and why. */
export const MIN_WORDS = 6;

/** A description built from vague phrases needs at least this many other content words. */
export const MIN_CONTENT_WORDS = 5;

export const VAGUE_PHRASES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'improve customer experience', 'improve the customer experience', 'improving customer experience',
    'improving the customer experience', 'enhance customer experience', 'enhance the customer experience',
    'better customer experience', 'customer experience', 'user experience',
    'improve our services', 'improve our service', 'improve services', 'improve the service', 'improving our services',
    'service improvement', 'service improvements', 'improve our products', 'product improvement', 'product development',
    'marketing purposes', 'marketing', 'business purposes', 'business needs', 'business reasons', 'commercial purposes',
    'legitimate business purposes', 'internal purposes', 'operational purposes', 'administrative purposes',
    'analytics', 'analytical purposes', 'analysis purposes', 'statistical purposes', 'research purposes', 'future research',
    'insights', 'customer insights', 'data driven insights', 'personalisation', 'personalization', 'personalised experience',
    'personalized experience', 'tailored experience', 'ai', 'artificial intelligence', 'machine learning', 'ml',
    'optimisation', 'optimization', 'innovation', 'other purposes', 'various purposes', 'related purposes',
    'as necessary', 'where necessary', 'as needed',
  ],
  nb: [
    'forbedre kundeopplevelsen', 'forbedre kundeopplevelse', 'bedre kundeopplevelse', 'bedre kundeopplevelsen',
    'kundeopplevelsen', 'kundeopplevelse', 'brukeropplevelsen', 'brukeropplevelse',
    'forbedre tjenestene', 'forbedre våre tjenester', 'forbedre tjenesten', 'tjenesteforbedring', 'tjenesteutvikling',
    'forbedre produktene', 'produktutvikling', 'markedsføringsformål', 'markedsføring', 'forretningsformål',
    'forretningsmessige formål', 'kommersielle formål', 'interne formål', 'administrative formål',
    'analyseformål', 'analyse', 'analyser', 'statistiske formål', 'statistikkformål', 'forskningsformål', 'innsikt',
    'kundeinnsikt', 'personalisering', 'personlig tilpasning', 'tilpasset opplevelse', 'ki', 'kunstig intelligens',
    'maskinlæring', 'optimalisering', 'effektivisering', 'innovasjon', 'andre formål', 'ulike formål', 'relaterte formål',
    'ved behov', 'etter behov',
  ],
};

/**
 * Catch-all tails: they leave a purpose open to further uses however specific the rest
 * is, so one is enough. Written as people write them (with the dots of abbreviations);
 * they are matched word by word like the phrases above.
 */
export const CATCH_ALL_TAILS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'and other possible uses', 'and other uses', 'and other purposes', 'or other purposes', 'any other purpose',
    'any other purposes', 'including but not limited to', 'including without limitation',
    'but not limited to', 'etc.', 'and so on', 'and so forth', 'among other things', 'inter alia', 'and the like',
    'and similar purposes',
  ],
  nb: [
    'og mulige andre former for bruk', 'og andre former for bruk', 'og annen bruk', 'og andre formål', 'eller andre formål',
    'og lignende formål', 'blant annet', 'bl.a.', 'osv.', 'og så videre', 'med mer', 'm.m.', 'mv.', 'm.v.', 'o.l.',
    'og lignende', 'herunder men ikke begrenset til', 'generelt',
  ],
};

/** Words that say nothing about the purpose on their own, so they do not count as content. */
export const FILLER_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'a', 'an', 'the', 'and', 'or', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'as', 'is', 'are', 'be',
    'will', 'can', 'may', 'we', 'our', 'us', 'you', 'your', 'it', 'its', 'this', 'that', 'these', 'those', 'such', 'etc',
    'use', 'uses', 'used', 'using', 'process', 'processes', 'processed', 'processing', 'data', 'personal', 'information',
    'purpose', 'purposes', 'general', 'generally', 'other', 'e', 'g', 'eg', 'ie', 'also', 'including', 'improve', 'better',
  ],
  nb: [
    'og', 'eller', 'av', 'til', 'for', 'i', 'på', 'med', 'fra', 'som', 'er', 'blir', 'skal', 'kan', 'vil', 'vi', 'vår',
    'våre', 'vårt', 'oss', 'du', 'din', 'dine', 'det', 'den', 'de', 'en', 'et', 'ei', 'å', 'dette', 'disse', 'slik', 'osv',
    'bruke', 'bruker', 'brukes', 'behandle', 'behandler', 'behandles', 'behandling', 'data', 'opplysninger',
    'personopplysninger', 'formål', 'formålet', 'formålene', 'generelt', 'andre', 'annet', 'blant', 'f', 'eks', 'bl', 'a',
    'også', 'herunder', 'forbedre', 'bedre',
  ],
};
