/**
 * The 2020 edition of the e-Academy on Labour Migration, as its course page states it.
 * Every date, amount, id and title of the site comes from this record.
 */

export type Locale = 'en' | 'fr';
export const locales: readonly Locale[] = ['en', 'fr'];

export type Localized = Readonly<Record<Locale, string>>;

/** A calendar date, `YYYY-MM-DD`, with no time of day and no time zone. */
export type IsoDate = string;

export type AreaId = 'governance' | 'protection' | 'development';
export type CertificateId = 'achievement' | 'participation';
export type PenaltyPercent = 0 | 50 | 100;

export interface Forum {
	readonly id: string;
	readonly title: Localized;
}

export interface ThematicArea {
	readonly id: AreaId;
	readonly title: Localized;
}

export interface Elective {
	readonly id: string;
	readonly area: AreaId;
	readonly title: Localized;
	/** A key elective lowers the number of electives a certificate needs. */
	readonly key: boolean;
}

export interface CertificateRule {
	readonly id: CertificateId;
	readonly name: Localized;
	/** Electives needed when none of them is a key elective. */
	readonly electives: number;
	/** Electives needed when at least one of them is a key elective. */
	readonly electivesWithKey: number;
	readonly essayRequired: boolean;
	readonly diplomaEligible: boolean;
}

export interface PenaltyTier {
	/** The tier applies when the written notice comes at least this many days before the start. */
	readonly minDaysBeforeStart: number;
	readonly penaltyPercent: PenaltyPercent;
}

export interface Edition {
	readonly year: number;
	readonly name: Localized;
	readonly acronym: string;
	readonly centre: Localized;
	readonly diploma: Localized;
	readonly startDate: IsoDate;
	readonly endDate: IsoDate;
	readonly weeks: number;
	readonly learningHours: number;
	readonly currency: 'EUR';
	readonly priceCents: number;
	readonly languages: readonly Locale[];
	/** ISO weekdays (1 = Monday) with a live session. */
	readonly liveSessionWeekdays: readonly number[];
	readonly forums: readonly Forum[];
	readonly areas: readonly ThematicArea[];
	readonly electives: readonly Elective[];
	/** Most electives consist of readings and this many webinars. */
	readonly electiveWebinars: number;
	/** Ordered from the most demanding certificate to the least. */
	readonly certificates: readonly CertificateRule[];
	/** Ordered from the earliest notice (most days before the start) to the latest. */
	readonly penaltyTiers: readonly PenaltyTier[];
	/** Written notice of a transfer or a substitution must come at least this many days before the start. */
	readonly substitutionNoticeDays: number;
}

export const edition2020: Edition = {
	year: 2020,
	name: {
		en: 'e-Academy on Labour Migration',
		fr: 'e-Académie sur les migrations de main-d’œuvre',
	},
	acronym: 'e-LMA',
	centre: {
		en: 'International Training Centre of the ILO (ITCILO)',
		fr: 'Centre international de formation de l’OIT (CIF-OIT)',
	},
	diploma: {
		en: 'ITCILO Diploma for Labour Migration Experts and Practitioners',
		fr: 'Diplôme du CIF-OIT pour experts et praticiens des migrations de main-d’œuvre',
	},
	startDate: '2020-11-09',
	endDate: '2020-12-18',
	weeks: 6,
	learningHours: 60,
	currency: 'EUR',
	priceCents: 150_000,
	languages: ['en', 'fr'],
	liveSessionWeekdays: [1, 2, 3, 4],
	forums: [
		{
			id: 'rights-based-approach',
			title: {
				en: 'Adopting a rights-based approach to migration: human rights, including labour rights, at the global and regional levels, of migrant workers and their families',
				fr: 'Adopter une approche des migrations fondée sur les droits : les droits humains, y compris les droits au travail, des travailleurs migrants et de leur famille aux niveaux mondial et régional',
			},
		},
		{
			id: 'trends-and-drivers',
			title: {
				en: 'Global and regional labour migration trends and driving forces, including South-South movements: what impact on labour markets?',
				fr: 'Tendances et moteurs des migrations de main-d’œuvre aux niveaux mondial et régional, y compris les mouvements Sud-Sud : quel impact sur les marchés du travail ?',
			},
		},
		{
			id: 'sdgs',
			title: {
				en: 'Migration in the Sustainable Development Goals (SDGs)',
				fr: 'Les migrations dans les objectifs de développement durable (ODD)',
			},
		},
		{
			id: 'covid-19',
			title: {
				en: 'The impacts of COVID-19 on migrant and refugee workers',
				fr: 'Les effets de la COVID-19 sur les travailleurs migrants et réfugiés',
			},
		},
		{
			id: 'governance-modalities',
			title: {
				en: 'International and regional modalities in the governance of labour migration and labour mobility',
				fr: 'Modalités internationales et régionales de gouvernance des migrations de main-d’œuvre et de la mobilité de la main-d’œuvre',
			},
		},
		{
			id: 'future-of-migration',
			title: { en: 'Future migration', fr: 'L’avenir des migrations' },
		},
	],
	areas: [
		{
			id: 'governance',
			title: {
				en: 'Fair and effective governance of labour migration',
				fr: 'Une gouvernance équitable et efficace des migrations de main-d’œuvre',
			},
		},
		{
			id: 'protection',
			title: {
				en: 'Protection of migrant workers',
				fr: 'La protection des travailleurs migrants',
			},
		},
		{
			id: 'development',
			title: {
				en: 'Migration and sustainable development',
				fr: 'Migrations et développement durable',
			},
		},
	],
	electives: [
		{
			id: 'labour-migration-policy',
			area: 'governance',
			key: false,
			title: {
				en: 'Developing and implementing a labour migration policy',
				fr: 'Élaborer et mettre en œuvre une politique de migration de main-d’œuvre',
			},
		},
		{
			id: 'bilateral-agreements',
			area: 'governance',
			key: false,
			title: {
				en: 'Negotiating bilateral labour migration agreements',
				fr: 'Négocier des accords bilatéraux sur les migrations de main-d’œuvre',
			},
		},
		{
			id: 'statistics',
			area: 'governance',
			key: true,
			title: {
				en: 'Measuring and analysing labour migration (statistics)',
				fr: 'Mesurer et analyser les migrations de main-d’œuvre (statistiques)',
			},
		},
		{
			id: 'fair-recruitment',
			area: 'governance',
			key: false,
			title: {
				en: 'Reducing labour migration costs and instituting fair recruitment processes',
				fr: 'Réduire les coûts des migrations de main-d’œuvre et instaurer des processus de recrutement équitable',
			},
		},
		{
			id: 'refugees-labour-market',
			area: 'governance',
			key: false,
			title: {
				en: 'Access to the labour market and labour mobility for refugees',
				fr: 'L’accès des réfugiés au marché du travail et à la mobilité de la main-d’œuvre',
			},
		},
		{
			id: 'employment-policy-linkages',
			area: 'governance',
			key: false,
			title: {
				en: 'Strengthening the linkages between employment and labour migration policies',
				fr: 'Renforcer les liens entre les politiques de l’emploi et les politiques de migration de main-d’œuvre',
			},
		},
		{
			id: 'south-south-cooperation',
			area: 'governance',
			key: false,
			title: {
				en: 'South-south cooperation and labour migration',
				fr: 'Coopération Sud-Sud et migrations de main-d’œuvre',
			},
		},
		{
			id: 'social-protection',
			area: 'protection',
			key: false,
			title: {
				en: 'Extending the social protection of migrant workers and their families',
				fr: 'Étendre la protection sociale des travailleurs migrants et de leur famille',
			},
		},
		{
			id: 'international-labour-standards',
			area: 'protection',
			key: false,
			title: {
				en: 'International labour standards protecting migrant workers and monitoring compliance with international labour standards',
				fr: 'Les normes internationales du travail qui protègent les travailleurs migrants et le contrôle de leur application',
			},
		},
		{
			id: 'irregular-migration',
			area: 'protection',
			key: false,
			title: {
				en: 'Addressing irregular migration and protecting migrant workers in vulnerable situations',
				fr: 'Faire face aux migrations irrégulières et protéger les travailleurs migrants en situation de vulnérabilité',
			},
		},
		{
			id: 'access-to-justice',
			area: 'protection',
			key: false,
			title: {
				en: 'Access to justice and labour dispute and grievance-settlement mechanisms',
				fr: 'L’accès à la justice et les mécanismes de règlement des conflits du travail et des plaintes',
			},
		},
		{
			id: 'labour-attaches',
			area: 'protection',
			key: false,
			title: {
				en: 'The role of labour attachés in the protection of migrant workers’ rights',
				fr: 'Le rôle des attachés du travail dans la protection des droits des travailleurs migrants',
			},
		},
		{
			id: 'organizing-migrant-workers',
			area: 'protection',
			key: false,
			title: {
				en: 'Reaching out to and organizing migrant workers',
				fr: 'Aller à la rencontre des travailleurs migrants et les organiser',
			},
		},
		{
			id: 'communicating-on-migration',
			area: 'protection',
			key: false,
			title: {
				en: 'Communicating on migration',
				fr: 'Communiquer sur les migrations',
			},
		},
		{
			id: 'skills',
			area: 'development',
			key: true,
			title: {
				en: 'Skills dimensions of labour migration to promote decent employment for all (skills)',
				fr: 'La dimension compétences des migrations de main-d’œuvre pour promouvoir un emploi décent pour tous (compétences)',
			},
		},
		{
			id: 'women-migrant-workers',
			area: 'development',
			key: false,
			title: {
				en: 'Women migrant workers’ labour market situation',
				fr: 'La situation des travailleuses migrantes sur le marché du travail',
			},
		},
		{
			id: 'youth-employment',
			area: 'development',
			key: false,
			title: {
				en: 'Migration and youth employment',
				fr: 'Migrations et emploi des jeunes',
			},
		},
		{
			id: 'mainstreaming-migration',
			area: 'development',
			key: false,
			title: {
				en: 'Mainstreaming migration into national development planning',
				fr: 'Intégrer les migrations dans la planification nationale du développement',
			},
		},
		{
			id: 'reintegration',
			area: 'development',
			key: false,
			title: {
				en: 'Fostering the social and professional reintegration of returning migrants',
				fr: 'Favoriser la réintégration sociale et professionnelle des migrants de retour',
			},
		},
		{
			id: 'climate-change',
			area: 'development',
			key: false,
			title: {
				en: 'Migration and climate change',
				fr: 'Migrations et changement climatique',
			},
		},
	],
	electiveWebinars: 3,
	certificates: [
		{
			id: 'achievement',
			name: { en: 'Certificate of Achievement', fr: 'Certificat de réussite' },
			electives: 5,
			electivesWithKey: 3,
			essayRequired: true,
			diplomaEligible: true,
		},
		{
			id: 'participation',
			name: { en: 'Certificate of Participation', fr: 'Certificat de participation' },
			electives: 3,
			electivesWithKey: 2,
			essayRequired: false,
			diplomaEligible: false,
		},
	],
	penaltyTiers: [
		{ minDaysBeforeStart: 14, penaltyPercent: 0 },
		{ minDaysBeforeStart: 8, penaltyPercent: 50 },
		{ minDaysBeforeStart: Number.NEGATIVE_INFINITY, penaltyPercent: 100 },
	],
	substitutionNoticeDays: 14,
};
