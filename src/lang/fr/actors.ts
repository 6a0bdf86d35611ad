// French words for the actors stage: countries, demonyms, institutions, roles, named bodies.
import type { ActorResources } from '../../mentions/actors/resources.js';

// ISO3 | noms | gentilé (masc. sg.; "a/b/c" = toutes les formes) | capitales (métonymie du gouvernement)
const countries = `
AFG|Afghanistan|afghan|Kaboul
ALB|Albanie|albanais|Tirana
DZA|Algérie|algérien|Alger
DEU|Allemagne|allemand|Berlin
AGO|Angola|angolais|Luanda
SAU|Arabie saoudite;Arabie Saoudite|saoudien|Riyad
ARG|Argentine|argentin|Buenos Aires
ARM|Arménie|arménien|Erevan;Everan
AUS|Australie|australien|Canberra
AUT|Autriche|autrichien|
AZE|Azerbaïdjan;Azerbaidjan|azerbaïdjanais;azéri|Bakou
BHR|Bahreïn|bahreïni/bahreïnie/bahreïnis/bahreïnies|Manama
BGD|Bangladesh|bangladais|Dacca
BEL|Belgique|belge|
BEN|Bénin|béninois|Porto-Novo
BLR|Biélorussie;Bélarus|biélorusse|Minsk
MMR|Birmanie;Myanmar|birman|Naypyidaw
BOL|Bolivie|bolivien|
BIH|Bosnie-Herzégovine;Bosnie|bosnien|Sarajevo
BRA|Brésil|brésilien|Brasilia
BGR|Bulgarie|bulgare|Sofia
BFA|Burkina Faso;Burkina|burkinabè/burkinabé/burkinabés/burkinabè|Ouagadougou
BDI|Burundi|burundais|Gitega;Bujumbura
KHM|Cambodge|cambodgien|Phnom Penh
CMR|Cameroun|camerounais|Yaoundé
CAN|Canada|canadien|Ottawa
CAF|République centrafricaine;Centrafrique|centrafricain|Bangui
CHL|Chili|chilien|
CHN|Chine|chinois|Pékin
CYP|Chypre|chypriote|Nicosie
COL|Colombie|colombien|Bogota
COD|République démocratique du Congo;RDC;RD Congo|congolais|Kinshasa
COG|Congo-Brazzaville;République du Congo||Brazzaville
PRK|Corée du Nord|nord-coréen|Pyongyang
KOR|Corée du Sud|sud-coréen|Séoul
CIV|Côte d'Ivoire|ivoirien|Abidjan;Yamoussoukro
HRV|Croatie|croate|Zagreb
CUB|Cuba|cubain|La Havane
DNK|Danemark|danois|Copenhague
DJI|Djibouti|djiboutien|
EGY|Égypte;Egypte|égyptien|Le Caire
ARE|Émirats arabes unis;Emirats arabes unis;Émirats|émirien;émirati/émiratie/émiratis/émiraties|Abou Dhabi
ERI|Érythrée;Erythrée|érythréen|Asmara
ESP|Espagne|espagnol|Madrid
EST|Estonie|estonien|Tallinn
USA|États-Unis;Etats-Unis;USA;Amérique|américain;étatsunien|Washington
ETH|Éthiopie;Ethiopie|éthiopien|Addis-Abeba
FIN|Finlande|finlandais|Helsinki
FRA|France|français|Paris
GAB|Gabon|gabonais|Libreville
GMB|Gambie|gambien|Banjul
GEO|Géorgie|géorgien|Tbilissi
GHA|Ghana|ghanéen|Accra
GRC|Grèce|grec/grecque/grecs/grecques|Athènes
GTM|Guatemala|guatémaltèque|
GIN|Guinée|guinéen|Conakry
GNB|Guinée-Bissau|bissau-guinéen|
HTI|Haïti|haïtien|Port-au-Prince
HND|Honduras|hondurien|Tegucigalpa
HUN|Hongrie|hongrois|Budapest
IND|Inde|indien|New Delhi
IDN|Indonésie|indonésien|Jakarta
IRQ|Irak;Iraq|irakien;iraquien|Bagdad
IRN|Iran|iranien|Téhéran
IRL|Irlande|irlandais|Dublin
ISR|Israël;Israel|israélien|Tel-Aviv
ITA|Italie|italien|Rome
JPN|Japon|japonais|Tokyo
JOR|Jordanie|jordanien|Amman
KAZ|Kazakhstan|kazakh|Astana
KEN|Kenya|kényan;kenyan|Nairobi
KGZ|Kirghizstan|kirghiz|Bichkek
XKX|Kosovo|kosovar|Pristina
KWT|Koweït|koweïtien|
LAO|Laos|laotien|Vientiane
LVA|Lettonie|letton|Riga
LBN|Liban|libanais|Beyrouth
LBR|Liberia;Libéria|libérien|Monrovia
LBY|Libye|libyen|Tripoli
LTU|Lituanie|lituanien|Vilnius
MKD|Macédoine du Nord;Macédoine|macédonien|Skopje
MDG|Madagascar|malgache|Antananarivo
MYS|Malaisie|malaisien|Kuala Lumpur
MWI|Malawi|malawite|Lilongwe
MLI|Mali|malien|Bamako
MAR|Maroc|marocain|Rabat
MRT|Mauritanie|mauritanien|Nouakchott
MEX|Mexique|mexicain|
MDA|Moldavie|moldave|Chisinau
MNG|Mongolie|mongol|Oulan-Bator
MNE|Monténégro|monténégrin|Podgorica
MOZ|Mozambique|mozambicain|Maputo
NPL|Népal|népalais|Katmandou
NIC|Nicaragua|nicaraguayen|Managua
NER|Niger|nigérien|Niamey
NGA|Nigeria;Nigéria|nigérian|Abuja
NOR|Norvège|norvégien|Oslo
NZL|Nouvelle-Zélande|néo-zélandais|Wellington
OMN|Oman|omanais|Mascate
UGA|Ouganda|ougandais|Kampala
UZB|Ouzbékistan|ouzbek|Tachkent
PAK|Pakistan|pakistanais|Islamabad
PSE|Palestine;Territoires palestiniens|palestinien|Ramallah
PAN|Panama|panaméen|
NLD|Pays-Bas|néerlandais;hollandais|
PER|Pérou|péruvien|Lima
PHL|Philippines|philippin|Manille
POL|Pologne|polonais|Varsovie
PRT|Portugal|portugais|Lisbonne
QAT|Qatar|qatari/qatarie/qataris/qataries|Doha
ROU|Roumanie|roumain|Bucarest
GBR|Royaume-Uni;Grande-Bretagne|britannique;anglais|Londres
RUS|Russie;Fédération de Russie|russe|Moscou
RWA|Rwanda|rwandais|Kigali
SLV|Salvador|salvadorien|
SEN|Sénégal|sénégalais|Dakar
SRB|Serbie|serbe|Belgrade
SLE|Sierra Leone|sierra-léonais|Freetown
SGP|Singapour|singapourien|
SVK|Slovaquie|slovaque|Bratislava
SVN|Slovénie|slovène|Ljubljana
SOM|Somalie|somalien|Mogadiscio
SDN|Soudan|soudanais|Khartoum
SSD|Soudan du Sud|sud-soudanais|Juba
LKA|Sri Lanka|sri-lankais|Colombo
SWE|Suède|suédois|Stockholm
CHE|Suisse|suisse|Berne
SYR|Syrie|syrien|Damas
TJK|Tadjikistan|tadjik|Douchanbé
TWN|Taïwan;Taiwan|taïwanais|Taipei
TZA|Tanzanie|tanzanien|Dodoma
TCD|Tchad|tchadien|N'Djamena
CZE|République tchèque;Tchéquie|tchèque|Prague
THA|Thaïlande|thaïlandais|Bangkok
TGO|Togo|togolais|Lomé
TUN|Tunisie|tunisien|Tunis
TKM|Turkménistan|turkmène|Achgabat
TUR|Turquie|turc/turque/turcs/turques|Ankara
UKR|Ukraine|ukrainien|Kiev;Kyiv
VEN|Venezuela;Vénézuela|vénézuélien|Caracas
VNM|Viêt Nam;Vietnam|vietnamien|Hanoï
YEM|Yémen|yéménite|Sanaa
ZMB|Zambie|zambien|Lusaka
ZWE|Zimbabwe|zimbabwéen|Harare
ZAF|Afrique du Sud|sud-africain|Pretoria
`;

export const actors: ActorResources = {
  determiners: ['le', 'la', "l'", 'les', 'un', 'une', 'des', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'certains', 'certaines'],
  quantifiers: [
    'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'quinze', 'vingt', 'trente', 'cent',
    'plusieurs', 'quelques', 'nombreux', 'nombreuses', 'de nombreux', 'de nombreuses', 'dizaines de', 'centaines de', 'milliers de', 'des dizaines de', 'des centaines de', 'des milliers de', 'autres', 'deux autres', 'au moins',
  ],
  locatives: ['à', 'au', 'aux', 'en', 'dans', 'vers', 'près', 'depuis', 'jusqu\'à', 'via'],
  complementMarkers: ['de', "d'", 'du', 'des'],
  possessives: [],
  nameParticles: ['al', 'el', 'ben', 'bin', 'ibn', 'de', 'du', 'von', 'van', 'der', 'abu', 'abou', 'ould'],
  countries,
  demonymInflections: [
    ['ien', ['ienne', 'iens', 'iennes']],
    ['éen', ['éenne', 'éens', 'éennes']],
    ['ais', ['aise', 'aises']],
    ['ois', ['oise', 'oises']],
    ['e', ['es']],
    ['', ['e', 's', 'es']],
  ],
  capitalizedDemonymIsNoun: true,
  heads: [
    // government
    { words: ['gouvernement', 'gouvernements', 'exécutif'], sector: 'GOV', kind: 'institution' },
    { words: ['direction générale', 'direction', 'préfecture', 'préfecture de police', 'mairie', 'municipalité', 'parquet', 'procureur', 'procureure', 'protection civile', 'défense civile'], sector: 'GOV', kind: 'institution' },
    { words: ['présidence', 'chancellerie', 'primature'], sector: 'GOV', kind: 'institution' },
    { words: ['ministère', 'ministères'], sector: 'GOV', kind: 'institution' },
    { words: ['administration', 'autorités', 'autorités de transition', 'junte', 'junte militaire', 'régime', 'État', 'Etat', 'diplomatie', 'ambassade', 'parlement', 'assemblée nationale', 'sénat', 'République', 'conseil de sécurité nationale'], sector: 'GOV', kind: 'institution' },
    { words: ['institution d\'État', 'institution d\'Etat', 'institutions d\'État', 'institution publique', 'entreprise d\'État'], sector: 'GOV', kind: 'institution' },
    { words: ['président', 'présidente', 'chef de l\'État', 'chef de l\'Etat', 'premier ministre', 'Premier ministre', 'ministre', 'ministres', 'vice-président', 'chancelier', 'chancelière', 'roi', 'émir', 'prince héritier', 'gouverneur', 'maire', 'préfet', 'ambassadeur', 'diplomate', 'diplomates', 'chef de la diplomatie', 'secrétaire d\'État', 'secrétaire d\'Etat', 'député', 'députés', 'sénateur', 'dirigeant', 'dirigeants', 'officiel', 'officiels', 'homologue', 'envoyé spécial', 'émissaire'], sector: 'GOV', kind: 'role', title: true },
    { words: ['gouverneure', 'ministre de la défense', 'ministre des affaires étrangères', 'ministre de l\'intérieur'], sector: 'GOV', kind: 'role', title: true },
    // military
    { words: ['armée', 'armées', 'forces armées', 'forces', 'troupes', 'état-major', 'etat-major', 'garde nationale', 'garde républicaine', 'marine', 'aviation militaire', 'armée de l\'air', 'forces spéciales', 'forces de défense', 'forces de défense et de sécurité', 'FDS', 'unité', 'unités', 'bataillon', 'brigade', 'régiment', 'casques bleus', 'forces de sécurité'], sector: 'MIL', kind: 'institution' },
    { words: ['soldat', 'soldats', 'militaire', 'militaires', 'officier', 'officiers', 'général', 'colonel', 'commandant', 'capitaine', 'chef d\'état-major', 'troupier', 'artilleurs', 'tireurs d\'élite', 'réservistes', 'conscrits'], sector: 'MIL', kind: 'role', title: true },
    // police
    { words: ['police', 'gendarmerie', 'forces de l\'ordre', 'garde-frontières', 'garde-côtes', 'services de sécurité', 'services de renseignement', 'renseignement'], sector: 'COP', kind: 'institution' },
    { words: ['policier', 'policiers', 'policière', 'policières', 'gendarme', 'gendarmes', 'agent de police', 'agents de police', 'commissaire', 'douaniers', 'gardes', 'agents de sécurité'], sector: 'COP', kind: 'role', title: true },
    // armed groups
    { words: ['rebelles', 'rebelle', 'insurgés', 'insurgé', 'groupe armé', 'groupes armés', 'groupe rebelle', 'groupes rebelles', 'jihadistes', 'djihadistes', 'jihadiste', 'djihadiste', 'islamistes', 'islamiste', 'terroristes', 'terroriste', 'séparatistes', 'séparatiste', 'miliciens', 'milicien', 'milice', 'milices', 'assaillants', 'assaillant', 'hommes armés', 'individus armés', 'bandits armés', 'groupe terroriste', 'groupes terroristes', 'guérilla', 'guérilleros', 'combattant', 'combattants', 'kamikaze', 'kamikazes', 'combattants islamistes', 'entité auto-proclamée', 'entité autoproclamée'], sector: 'REB', kind: 'group' },
    { words: ['cambrioleurs', 'cambrioleur', 'voleurs', 'voleur', 'braqueurs', 'braqueur', 'malfaiteurs', 'malfaiteur', 'trafiquants', 'trafiquant', 'gang', 'gangs', 'criminels', 'délinquants', 'suspect', 'suspects', 'tireur', 'tireurs', 'agresseur', 'agresseurs', 'tireur présumé', 'auteur présumé', 'auteurs présumés', 'meurtrier', 'meurtriers'], sector: 'CRM', kind: 'group' },
    // civilians
    { words: ['enseignants', 'enseignant', 'enseignantes', 'professeurs', 'instituteurs', 'ouvriers', 'ouvrier', 'travailleurs', 'salariés', 'employés', 'fonctionnaires', 'syndicats', 'syndicat', 'syndicalistes', 'grévistes', 'contrôleurs aériens', 'cheminots', 'routiers', 'chauffeurs', 'commerçants', 'mineurs', 'dockers'], sector: 'LAB', kind: 'people' },
    { words: ['civils', 'civil', 'population', 'populations', 'population civile', 'habitants', 'habitant', 'résidents', 'villageois', 'personnes', 'personne', 'manifestants', 'manifestant', 'manifestantes', 'passants', 'fidèles', 'élèves', 'étudiants', 'enfants', 'femmes', 'hommes', 'réfugiés', 'déplacés', 'victimes', 'otages', 'touristes', 'agriculteurs', 'éleveurs', 'opposants', 'opposition', 'militants', 'foule', 'ressortissants', 'travailleurs humanitaires', 'citoyens', 'population locale', 'témoins', 'témoin', 'riverains', 'voisins'], sector: 'CVL', kind: 'people' },
    { words: ['association', 'associations', 'ONG', 'organisation non gouvernementale', 'syndicat', 'syndicats', 'collectif'], sector: 'CVL', kind: 'institution' },
    // media
    { words: ['journaliste', 'journalistes', 'reporter', 'reporters', 'correspondant', 'correspondante', 'médias', 'presse', 'agence de presse', 'photographe'], sector: 'JRN', kind: 'role', title: true },
    // health (HLH: CAMEO's health code; CAMEO "MED" means media, so it is not used here)
    { words: ['source hospitalière', 'sources hospitalières', 'médecin', 'médecins', 'secouristes', 'infirmiers', 'services de secours', 'secours', 'pompiers', 'protection civile'], sector: 'HLH', kind: 'role' },
    // sector from elsewhere
    { words: ['porte-parole', 'responsable', 'responsables', 'source', 'sources', 'partenaires', 'partenaire', 'alliés', 'allié', 'secrétaire général', 'secrétaire générale', 'haut-commissaire', 'chef', 'chefs', 'leader', 'leaders', 'commandement', 'membres', 'membre', 'représentants', 'représentant', 'délégation', 'délégués', 'collaborateurs', 'conseiller', 'conseillers'], kind: 'role', title: true },
    { words: ['source sécuritaire', 'sources sécuritaires', 'source militaire', 'sources militaires'], sector: 'MIL', kind: 'role' },
    { words: ['source policière', 'sources policières'], sector: 'COP', kind: 'role' },
    { words: ['source locale', 'sources locales', 'source proche du dossier', 'sources concordantes', 'source anonyme', 'sources anonymes'], sector: 'UNK', kind: 'role' },
    { words: ['véhicule', 'véhicules', 'camion', 'camions', 'convoi', 'convois', 'hélicoptère', 'hélicoptères', 'avion', 'avions', 'drone', 'drones', 'char', 'chars', 'blindé', 'blindés', 'patrouille', 'patrouilles', 'poste', 'position', 'positions', 'base', 'bases', 'navire', 'bâtiment'], kind: 'institution', carrier: true },
    // domains that give a sector to "ministère de ...": the ministry of defence is coded GOV (a government department);
    // the gold of the seed accepts GOV or MIL for it.
    { words: ['défense', 'intérieur', 'affaires étrangères', 'justice', 'santé', 'sécurité', 'sécurité publique', 'situations d\'urgence'], sector: 'GOV', kind: 'institution', domain: true },
  ],
  named: [
    { names: ['Kremlin'], country: 'RUS', sector: 'GOV', kind: 'institution', name: 'Kremlin' },
    { names: ['Maison Blanche', 'Maison-Blanche', 'département d\'État', 'Département d\'État', 'département d\'Etat', 'Département d\'Etat'], country: 'USA', sector: 'GOV', kind: 'institution' },
    { names: ['Pentagone'], country: 'USA', sector: 'MIL', kind: 'institution', name: 'Pentagon' },
    { names: ['Élysée', 'Elysée', 'Quai d\'Orsay', 'Matignon'], country: 'FRA', sector: 'GOV', kind: 'institution' },
    { names: ['Downing Street', 'Foreign Office'], country: 'GBR', sector: 'GOV', kind: 'institution' },
    { names: ['ONU', 'Nations unies', 'Nations Unies', 'Organisation des Nations unies', 'Conseil de sécurité', 'Conseil de sécurité de l\'ONU'], country: 'IGO', kind: 'institution', name: 'United Nations', id: 'IGOUNO' },
    { names: ['Minusma', 'MINUSMA', 'Monusco', 'MONUSCO', 'Minusca', 'MINUSCA', 'casques bleus de l\'ONU'], country: 'IGO', sector: 'MIL', kind: 'institution', id: 'IGOUNO' },
    { names: ['HCR', 'Unicef', 'UNICEF', 'OMS', 'PAM', 'OCHA', 'AIEA'], country: 'IGO', kind: 'institution', id: 'IGOUNO' },
    { names: ['OTAN', 'Otan'], country: 'IGO', sector: 'MIL', kind: 'institution', name: 'NATO', id: 'IGONAT' },
    { names: ['Union européenne', 'UE', 'Commission européenne'], country: 'IGO', kind: 'institution', name: 'European Union', id: 'IGOEEC' },
    { names: ['Union africaine', 'UA'], country: 'IGO', kind: 'institution', name: 'African Union', id: 'IGOAFRAFU' },
    { names: ['Cédéao', 'CEDEAO'], country: 'IGO', kind: 'institution', name: 'ECOWAS', id: 'IGOWAFWAS' },
    { names: ['Ligue arabe'], country: 'IGO', kind: 'institution', name: 'Arab League', id: 'IGOARL' },
    { names: ['OSCE', 'Groupe de Minsk'], country: 'IGO', kind: 'institution', name: 'OSCE', id: 'IGOEUROSC' },
    { names: ['Cour pénale internationale', 'CPI'], country: 'IGO', kind: 'institution', name: 'International Criminal Court', id: 'IGOUNOJUD' },
    { names: ['Amnesty International', 'Human Rights Watch', 'HRW', 'Médecins sans frontières', 'Médecins Sans Frontières', 'MSF', 'Reporters sans frontières', 'RSF'], country: 'NGO', kind: 'institution' },
    { names: ['Croix-Rouge', 'CICR', 'Comité international de la Croix-Rouge', 'Croissant-Rouge'], country: 'NGO', kind: 'institution', name: 'Red Cross', id: 'NGOHLHIRC' },
    { names: ['AFP', 'Agence France-Presse', 'Agence France Presse'], country: 'FRA', sector: 'JRN', kind: 'institution', name: 'AFP' },
    { names: ['Reuters'], country: 'GBR', sector: 'JRN', kind: 'institution', name: 'Reuters' },
    { names: ['AP', 'Associated Press'], country: 'USA', sector: 'JRN', kind: 'institution', name: 'Associated Press' },
    { names: ['Etat islamique', 'État islamique', 'groupe État islamique', 'groupe Etat islamique', 'EI', 'Daech', 'Daesh'], sector: 'REB', kind: 'group', name: 'Islamic State', id: 'IMGMUSISI' },
    { names: ['Al-Qaïda', 'Al-Qaida', 'Al Qaïda', 'Al-Qaïda au Maghreb islamique', 'Aqmi', 'AQMI'], sector: 'REB', kind: 'group', name: 'al-Qaeda', id: 'IMGMUSALQ' },
    { names: ['Boko Haram'], country: 'NGA', sector: 'REB', kind: 'group', name: 'Boko Haram' },
    { names: ['Shebab', 'shebab', 'shebabs', 'Chabab', 'Al-Shabaab'], country: 'SOM', sector: 'REB', kind: 'group', name: 'al-Shabaab' },
    { names: ['GSIM', 'JNIM', 'Groupe de soutien à l\'islam et aux musulmans'], country: 'MLI', sector: 'REB', kind: 'group', name: 'JNIM' },
    { names: ['Hamas'], country: 'PSE', sector: 'REB', kind: 'group', name: 'Hamas' },
    { names: ['Hezbollah'], country: 'LBN', sector: 'REB', kind: 'group', name: 'Hezbollah' },
    { names: ['talibans', 'Talibans', 'taliban', 'Taliban'], country: 'AFG', sector: 'REB', kind: 'group', name: 'Taliban' },
    { names: ['Houthis', 'houthis', 'Houthistes', 'rebelles houthis'], country: 'YEM', sector: 'REB', kind: 'group', name: 'Houthis' },
    { names: ['Wagner', 'groupe Wagner'], country: 'RUS', sector: 'MIL', kind: 'group', name: 'Wagner Group' },
    { names: ['M23'], country: 'COD', sector: 'REB', kind: 'group', name: 'M23' },
    { names: ['PKK'], country: 'TUR', sector: 'REB', kind: 'group', name: 'PKK' },
    { names: ['FSR', 'Forces de soutien rapide'], country: 'SDN', sector: 'REB', kind: 'group', name: 'Rapid Support Forces' },
    { names: ['Tsahal'], country: 'ISR', sector: 'MIL', kind: 'institution', name: 'Israel Defense Forces' },
    { names: ['FAMa', 'Forces armées maliennes'], country: 'MLI', sector: 'MIL', kind: 'institution', name: 'Malian Armed Forces' },
    { names: ['FARDC'], country: 'COD', sector: 'MIL', kind: 'institution', name: 'FARDC' },
    { names: ['VDP', 'Volontaires pour la défense de la patrie'], country: 'BFA', sector: 'MIL', kind: 'group', name: 'VDP' },
    { names: ['EIGS', 'État islamique au Grand Sahara', 'Etat islamique au Grand Sahara', 'EI-Sahel', 'Etat islamique au Sahel', 'État islamique au Sahel'], sector: 'REB', kind: 'group', name: 'Islamic State Sahel', id: 'IMGMUSISI' },
    { names: ['Iswap', 'ISWAP', 'État islamique en Afrique de l\'Ouest', 'Etat islamique en Afrique de l\'Ouest'], country: 'NGA', sector: 'REB', kind: 'group', name: 'ISWAP' },
  ],
  premodifiers: [
    { words: ['soi-disant', 'prétendu', 'prétendue', 'présumés', 'présumé', 'hauts', 'haut', 'anciens', 'ancien', 'ex-', 'nouveau', 'nouvelle', 'jeunes', 'jeune', 'simples', 'principaux', 'principal'] },
  ],
  postmodifiers: [
    { words: ['inconnus', 'inconnu', 'non identifiés', 'non identifié', 'non-identifiés', 'non encore identifiés'], sector: 'UNK' },
    { words: ['armés', 'armé', 'lourdement armés'], sector: 'REB' },
    { words: ['locaux', 'locales', 'local', 'locale', 'régionaux', 'régionales', 'régional', 'officiels', 'officielle', 'gouvernementales', 'gouvernementaux'], sector: 'GOV' },
    { words: ['militaire', 'militaires'], sector: 'MIL' },
    { words: ['civils', 'civiles', 'civil', 'civile'], sector: 'CVL' },
    { words: ['présumés', 'présumé', 'présumée', 'séparatistes', 'ethniques', 'pro-gouvernementales', 'pro-gouvernementaux', 'adjoint', 'adjointe', 'sortant', 'élu', 'désigné', 'par intérim'] },
  ],
  conjunctions: ['et', 'ou', ','],
  notActors: ['coup d\'État', 'coup d\'Etat', 'coups d\'État', 'coups d\'Etat', 'hôpital', 'hôpitaux', 'école', 'écoles', 'chef-lieu'],
  nonNames: ['Il', 'Elle', 'Ils', 'Elles', 'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Ce', 'Cette', 'Mais', 'Et', 'M.', 'Mme'],
};
