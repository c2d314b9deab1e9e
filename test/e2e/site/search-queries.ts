/**
 * What readers type into the search dialog, and the page that answers it: written from how people
 * ask (short, on a phone, misspelt, in the other language), not from the pages' own sentences.
 * The page expected for a word is the page on its subject; for a question, the FAQ where the FAQ
 * asks that question (in its own words), else the page on its subject.
 * search-quality.test.ts types each query into the dialog and wants the page in the top 3, and first
 * for at least 90 % of them. To add a query, add a line to its category: `'what they type': '/the/page/'`.
 *
 * "essay", « essai » and « l'essai » want the FAQ: no page is on the essay, and the one heading of the
 * site about it is the FAQ's question "Do I have to write the essay?" (« Dois-je rédiger l’essai
 * individuel ? »), whose answer says for which certificate and links to Certificates, where the
 * essay is one line of a list and one column of a table.
 */
type Queries = Record<string, Record<string, string>>;

export const englishQueries: Queries = {
	'exact words': {
		'plenary forums': '/programme/plenary-forums/',
		electives: '/programme/electives/',
		'key elective': '/programme/electives/',
		cancellation: '/policies/fees-and-cancellation/',
		'bank charges': '/policies/fees-and-cancellation/',
		diploma: '/policies/certificates/',
		interpretation: '/programme/languages/',
		recordings: '/programme/',
		'fair recruitment': '/programme/foundations/',
		'refund calculator': '/tools/refund-calculator/',
		'certificate checker': '/tools/certificate-checker/',
		essay: '/faq/',
		price: '/policies/fees-and-cancellation/',
		'multilateral framework': '/programme/foundations/',
	},
	inflections: {
		certificate: '/policies/certificates/',
		refunds: '/tools/refund-calculator/',
		withdrawal: '/policies/fees-and-cancellation/',
		cancelled: '/policies/fees-and-cancellation/',
		language: '/programme/languages/',
		attending: '/about/',
		paying: '/policies/fees-and-cancellation/',
	},
	'no accents (French words typed plain)': {
		'forums pleniers': '/programme/plenary-forums/',
		reussite: '/policies/certificates/',
	},
	typos: {
		certficate: '/policies/certificates/',
		refnud: '/tools/refund-calculator/',
		diplomma: '/policies/certificates/',
		cancelation: '/policies/fees-and-cancellation/',
		eletives: '/programme/electives/',
		'plenray forum': '/programme/plenary-forums/',
		intepretation: '/programme/languages/',
		witdraw: '/policies/fees-and-cancellation/',
		recruitmnet: '/programme/foundations/',
	},
	'the other language': {
		remboursement: '/tools/refund-calculator/',
		frais: '/policies/fees-and-cancellation/',
		annulation: '/policies/fees-and-cancellation/',
		'cours au choix': '/programme/electives/',
		langues: '/programme/languages/',
		certificats: '/policies/certificates/',
	},
	phrases: {
		'when does the course start': '/faq/',
		'how much is the course': '/faq/',
		'what if i cancel late': '/policies/fees-and-cancellation/',
		'send a colleague instead of me': '/faq/',
		'missed a live class': '/faq/',
		'who is it for': '/faq/',
		'how many electives for achievement': '/faq/',
		'is it taught in french': '/faq/',
		'deadline for a full refund': '/policies/fees-and-cancellation/',
	},
};

export const frenchQueries: Queries = {
	'exact words': {
		'forums pléniers': '/fr/programme/plenary-forums/',
		'cours au choix': '/fr/programme/electives/',
		'cours clé': '/fr/programme/electives/',
		'certificat de réussite': '/fr/policies/certificates/',
		annulation: '/fr/policies/fees-and-cancellation/',
		'frais bancaires': '/fr/policies/fees-and-cancellation/',
		diplôme: '/fr/policies/certificates/',
		interprétation: '/fr/programme/languages/',
		enregistrements: '/fr/programme/',
		'recrutement équitable': '/fr/programme/foundations/',
		calculateur: '/fr/tools/refund-calculator/',
		vérificateur: '/fr/tools/certificate-checker/',
		essai: '/fr/faq/',
		prix: '/fr/policies/fees-and-cancellation/',
	},
	inflections: {
		certificat: '/fr/policies/certificates/',
		remboursements: '/fr/tools/refund-calculator/',
		annuler: '/fr/policies/fees-and-cancellation/',
		inscrire: '/fr/faq/',
		payer: '/fr/policies/fees-and-cancellation/',
		langue: '/fr/programme/languages/',
		enregistrée: '/fr/programme/',
	},
	'words after an elision': {
		"l'inscription": '/fr/faq/',
		employeurs: '/fr/about/',
		"d'employeurs": '/fr/about/',
		"l'essai": '/fr/faq/',
		'l’annulation': '/fr/policies/fees-and-cancellation/',
		"pénalités d'annulation": '/fr/policies/fees-and-cancellation/',
		"l'interprétation": '/fr/programme/languages/',
	},
	'no accents': {
		pleniers: '/fr/programme/plenary-forums/',
		reussite: '/fr/policies/certificates/',
		diplome: '/fr/policies/certificates/',
		penalites: '/fr/policies/fees-and-cancellation/',
		'seances en direct': '/fr/programme/',
		'interpretation simultanee': '/fr/programme/languages/',
	},
	typos: {
		certficat: '/fr/policies/certificates/',
		rembousement: '/fr/tools/refund-calculator/',
		diplomme: '/fr/policies/certificates/',
		anullation: '/fr/policies/fees-and-cancellation/',
		'forum plenié': '/fr/programme/plenary-forums/',
		enregistremnt: '/fr/programme/',
		inscirption: '/fr/faq/',
	},
	'the other language': {
		refund: '/fr/tools/refund-calculator/',
		cancellation: '/fr/policies/fees-and-cancellation/',
		electives: '/fr/programme/electives/',
		fees: '/fr/policies/fees-and-cancellation/',
		'plenary forums': '/fr/programme/plenary-forums/',
	},
	phrases: {
		'quand commence la formation': '/fr/faq/',
		'combien ça coûte': '/fr/faq/',
		"que se passe-t-il si j'annule": '/fr/policies/fees-and-cancellation/',
		'qui peut participer': '/fr/faq/',
		'est-ce en anglais': '/fr/faq/',
		'date limite pour un remboursement intégral': '/fr/policies/fees-and-cancellation/',
		'combien de cours au choix pour le certificat': '/fr/faq/',
		'se faire remplacer par un collègue': '/fr/faq/',
	},
	'œ and æ': {
		oeuvre: '/fr/',
		"gouvernance des migrations de main d'oeuvre": '/fr/programme/electives/',
	},
};
