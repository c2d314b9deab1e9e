/** The edition's key dates as calendar events, in one language. */
import { edition2020, formatMoney, tierDeadlines, type Edition, type Locale } from '../rules/index.ts';
import { toICalendar, type DayEvent } from './ics.ts';

const text = {
	en: {
		calendar: (e: Edition) => `${e.acronym} ${e.year}: key dates`,
		fullRefund: {
			summary: (e: Edition) => `${e.acronym}: last day to cancel with a full refund`,
			description: (e: Edition) =>
				`Written notice dated on or before this day: no penalty, 100% of the amount paid refunded less bank charges. Also the last day to ask in writing for a transfer to another course or a substitution by another candidate. Course price ${formatMoney(e.priceCents, 'en')}.`,
		},
		halfPenalty: {
			summary: (e: Edition) => `${e.acronym}: last day to cancel with a 50% penalty`,
			description: () =>
				'Written notice dated from the day after the full-refund deadline up to this day: penalty of 50% of the course price. From the next day the penalty is 100% of the course price.',
		},
		start: {
			summary: (e: Edition) => `${e.acronym} starts`,
			description: (e: Edition) => `First day of the ${e.name.en} (${e.weeks} weeks, about ${e.learningHours} learning hours).`,
		},
		end: {
			summary: (e: Edition) => `${e.acronym} ends`,
			description: (e: Edition) => `Last day of the ${e.name.en}.`,
		},
	},
	fr: {
		calendar: (e: Edition) => `${e.acronym} ${e.year} : dates clés`,
		fullRefund: {
			summary: (e: Edition) => `${e.acronym} : dernier jour pour annuler avec remboursement intégral`,
			description: (e: Edition) =>
				`Avis écrit daté de ce jour au plus tard : aucune pénalité, 100 % du montant payé remboursé, moins les frais bancaires. C’est aussi le dernier jour pour demander par écrit un transfert vers un autre cours ou un remplacement par un autre candidat. Prix du cours : ${formatMoney(e.priceCents, 'fr')}.`,
		},
		halfPenalty: {
			summary: (e: Edition) => `${e.acronym} : dernier jour pour annuler avec une pénalité de 50 %`,
			description: () =>
				'Avis écrit daté du lendemain de la date limite de remboursement intégral jusqu’à ce jour : pénalité de 50 % du prix du cours. Dès le lendemain, la pénalité est de 100 % du prix du cours.',
		},
		start: {
			summary: (e: Edition) => `Début de l’${e.acronym}`,
			description: (e: Edition) =>
				`Premier jour de l’${e.name.fr} (${e.weeks} semaines, environ ${e.learningHours} heures d’apprentissage).`,
		},
		end: {
			summary: (e: Edition) => `Fin de l’${e.acronym}`,
			description: (e: Edition) => `Dernier jour de l’${e.name.fr}.`,
		},
	},
} as const;

export function keyDateEvents(locale: Locale, edition: Edition = edition2020): DayEvent[] {
	const t = text[locale];
	const { fullRefundBy, halfPenaltyUntil } = tierDeadlines(edition);
	const event = (slug: string, date: string, item: { summary: (e: Edition) => string; description: (e: Edition) => string }) => ({
		uid: `${edition.year}-${slug}@e-lma.itcilo.org`,
		date,
		summary: item.summary(edition),
		description: item.description(edition),
	});
	return [
		event('full-refund-deadline', fullRefundBy, t.fullRefund),
		event('half-penalty-deadline', halfPenaltyUntil, t.halfPenalty),
		event('start', edition.startDate, t.start),
		event('end', edition.endDate, t.end),
	];
}

export function keyDatesCalendar(locale: Locale, edition: Edition = edition2020): string {
	return toICalendar({
		name: text[locale].calendar(edition),
		language: locale,
		// A fixed stamp keeps the file identical from build to build.
		stamp: `${edition.year}0101T000000Z`,
		events: keyDateEvents(locale, edition),
	});
}
