/**
 * What search engines read about the course: schema.org `Course` with its provider and a
 * `CourseInstance` (the edition) with its `Offer`, all from the edition record, in one language.
 * The edition is over: no availability is claimed, and no enrolment address is given (none is stated).
 */
import { formatQueryAmount, type Edition, type Locale } from '@/rules/index.ts';

/** "International Training Centre of the ILO (ITCILO)": the name, and the acronym in brackets. */
function organization(fullName: string) {
	const [, name, acronym] = /^(.*) \(([^()]+)\)$/.exec(fullName) ?? [fullName, fullName];
	return { '@type': 'Organization', name, ...(acronym ? { alternateName: acronym } : {}) };
}

export interface CourseDataOptions {
	edition: Edition;
	locale: Locale;
	/** The home page in `locale`, absolute. */
	url: string;
	description: string;
}

export function courseStructuredData({ edition, locale, url, description }: CourseDataOptions) {
	return {
		'@context': 'https://schema.org',
		'@type': 'Course',
		'@id': `${url}#course`,
		url,
		name: edition.name[locale],
		alternateName: edition.acronym,
		description,
		inLanguage: [...edition.languages],
		provider: organization(edition.centre[locale]),
		hasCourseInstance: {
			'@type': 'CourseInstance',
			name: `${edition.name[locale]} ${edition.year}`,
			courseMode: 'online',
			eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
			startDate: edition.startDate,
			endDate: edition.endDate,
			courseWorkload: `PT${edition.learningHours}H`,
			inLanguage: [...edition.languages],
			offers: {
				'@type': 'Offer',
				category: 'Paid',
				price: formatQueryAmount(edition.priceCents),
				priceCurrency: edition.currency,
			},
		},
	};
}

/** JSON for a `<script type="application/ld+json">`: no `<` that could close the element. */
export function jsonLd(data: unknown): string {
	return JSON.stringify(data).replaceAll('<', '\\u003c');
}
