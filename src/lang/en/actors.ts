// English words for the actors stage: countries, demonyms, institutions, roles, named bodies.
import type { ActorResources } from '../../mentions/actors/resources.js';

// ISO3 | names | demonyms ("a/b" = every form listed) | capitals (metonyms of the government)
const countries = `
AFG|Afghanistan|Afghan|Kabul
ALB|Albania|Albanian|Tirana
DZA|Algeria|Algerian|Algiers
DEU|Germany|German|Berlin
AGO|Angola|Angolan|Luanda
SAU|Saudi Arabia|Saudi|Riyadh
ARG|Argentina|Argentine;Argentinian|Buenos Aires
ARM|Armenia|Armenian|Yerevan
AUS|Australia|Australian|Canberra
AUT|Austria|Austrian|
AZE|Azerbaijan|Azerbaijani;Azeri|Baku
BHR|Bahrain|Bahraini|Manama
BGD|Bangladesh|Bangladeshi|Dhaka
BEL|Belgium|Belgian|
BEN|Benin|Beninese|Porto-Novo
BLR|Belarus|Belarusian|Minsk
MMR|Myanmar;Burma|Burmese;Myanmar|Naypyidaw
BOL|Bolivia|Bolivian|
BIH|Bosnia and Herzegovina;Bosnia-Herzegovina;Bosnia|Bosnian|Sarajevo
BRA|Brazil|Brazilian|Brasilia
BGR|Bulgaria|Bulgarian|Sofia
BFA|Burkina Faso|Burkinabe/Burkinabè|Ouagadougou
BDI|Burundi|Burundian|Gitega;Bujumbura
KHM|Cambodia|Cambodian|Phnom Penh
CMR|Cameroon|Cameroonian|Yaounde
CAN|Canada|Canadian|Ottawa
CAF|Central African Republic;CAR|Central African|Bangui
CHL|Chile|Chilean|
CHN|China|Chinese|Beijing
CYP|Cyprus|Cypriot|Nicosia
COL|Colombia|Colombian|Bogota
COD|Democratic Republic of the Congo;Democratic Republic of Congo;DR Congo;DRC|Congolese|Kinshasa
COG|Republic of the Congo;Congo-Brazzaville||Brazzaville
PRK|North Korea|North Korean|Pyongyang
KOR|South Korea|South Korean|Seoul
CIV|Ivory Coast;Côte d'Ivoire;Cote d'Ivoire|Ivorian|Abidjan;Yamoussoukro
HRV|Croatia|Croatian;Croat|Zagreb
CUB|Cuba|Cuban|Havana
DNK|Denmark|Danish/Dane/Danes|Copenhagen
DJI|Djibouti|Djiboutian|
EGY|Egypt|Egyptian|Cairo
ARE|United Arab Emirates;UAE|Emirati|Abu Dhabi
ERI|Eritrea|Eritrean|Asmara
ESP|Spain|Spanish/Spaniard/Spaniards|Madrid
EST|Estonia|Estonian|Tallinn
USA|United States;United States of America;U.S.;US;USA;U.S.A.;America|American;U.S./US|Washington
ETH|Ethiopia|Ethiopian|Addis Ababa
FIN|Finland|Finnish/Finn/Finns|Helsinki
FRA|France|French/Frenchman/Frenchmen|Paris
GAB|Gabon|Gabonese|Libreville
GMB|Gambia|Gambian|Banjul
GEO|Georgia|Georgian|Tbilisi
GHA|Ghana|Ghanaian|Accra
GRC|Greece|Greek|Athens
GTM|Guatemala|Guatemalan|
GIN|Guinea|Guinean|Conakry
GNB|Guinea-Bissau|Bissau-Guinean|
HTI|Haiti|Haitian|Port-au-Prince
HND|Honduras|Honduran|Tegucigalpa
HUN|Hungary|Hungarian|Budapest
IND|India|Indian|New Delhi
IDN|Indonesia|Indonesian|Jakarta
IRQ|Iraq|Iraqi|Baghdad
IRN|Iran|Iranian|Tehran
IRL|Ireland|Irish|Dublin
ISR|Israel|Israeli|Tel Aviv
ITA|Italy|Italian|Rome
JPN|Japan|Japanese|Tokyo
JOR|Jordan|Jordanian|Amman
KAZ|Kazakhstan|Kazakh|Astana
KEN|Kenya|Kenyan|Nairobi
KGZ|Kyrgyzstan|Kyrgyz|Bishkek
XKX|Kosovo|Kosovar|Pristina
KWT|Kuwait|Kuwaiti|
LAO|Laos|Laotian|Vientiane
LVA|Latvia|Latvian|Riga
LBN|Lebanon|Lebanese|Beirut
LBR|Liberia|Liberian|Monrovia
LBY|Libya|Libyan|Tripoli
LTU|Lithuania|Lithuanian|Vilnius
MKD|North Macedonia;Macedonia|Macedonian|Skopje
MDG|Madagascar|Malagasy|Antananarivo
MYS|Malaysia|Malaysian|Kuala Lumpur
MWI|Malawi|Malawian|Lilongwe
MLI|Mali|Malian|Bamako
MAR|Morocco|Moroccan|Rabat
MRT|Mauritania|Mauritanian|Nouakchott
MEX|Mexico|Mexican|
MDA|Moldova|Moldovan|Chisinau
MNG|Mongolia|Mongolian|Ulaanbaatar
MNE|Montenegro|Montenegrin|Podgorica
MOZ|Mozambique|Mozambican|Maputo
NPL|Nepal|Nepali;Nepalese|Kathmandu
NIC|Nicaragua|Nicaraguan|Managua
NER|Niger|Nigerien|Niamey
NGA|Nigeria|Nigerian|Abuja
NOR|Norway|Norwegian|Oslo
NZL|New Zealand|New Zealander|Wellington
OMN|Oman|Omani|Muscat
UGA|Uganda|Ugandan|Kampala
UZB|Uzbekistan|Uzbek|Tashkent
PAK|Pakistan|Pakistani|Islamabad
PSE|Palestine;Palestinian territories;Palestinian Territories|Palestinian|Ramallah
PAN|Panama|Panamanian|
NLD|Netherlands;Holland|Dutch|The Hague
PER|Peru|Peruvian|Lima
PHL|Philippines|Philippine;Filipino|Manila
POL|Poland|Polish/Pole/Poles|Warsaw
PRT|Portugal|Portuguese|Lisbon
QAT|Qatar|Qatari|Doha
ROU|Romania|Romanian|Bucharest
GBR|United Kingdom;UK;U.K.;Britain;Great Britain|British/Briton/Britons;English|London
RUS|Russia;Russian Federation|Russian|Moscow
RWA|Rwanda|Rwandan|Kigali
SLV|El Salvador|Salvadoran|
SEN|Senegal|Senegalese|Dakar
SRB|Serbia|Serbian;Serb|Belgrade
SLE|Sierra Leone|Sierra Leonean|Freetown
SGP|Singapore|Singaporean|
SVK|Slovakia|Slovak|Bratislava
SVN|Slovenia|Slovenian;Slovene|Ljubljana
SOM|Somalia|Somali|Mogadishu
SDN|Sudan|Sudanese|Khartoum
SSD|South Sudan|South Sudanese|Juba
LKA|Sri Lanka|Sri Lankan|Colombo
SWE|Sweden|Swedish/Swede/Swedes|Stockholm
CHE|Switzerland|Swiss|Bern
SYR|Syria|Syrian|Damascus
TJK|Tajikistan|Tajik|Dushanbe
TWN|Taiwan|Taiwanese|Taipei
TZA|Tanzania|Tanzanian|Dodoma
TCD|Chad|Chadian|N'Djamena
CZE|Czech Republic;Czechia|Czech|Prague
THA|Thailand|Thai|Bangkok
TGO|Togo|Togolese|Lome
TUN|Tunisia|Tunisian|Tunis
TKM|Turkmenistan|Turkmen|Ashgabat
TUR|Turkey;Türkiye|Turkish/Turk/Turks|Ankara
UKR|Ukraine|Ukrainian|Kyiv;Kiev
VEN|Venezuela|Venezuelan|Caracas
VNM|Vietnam;Viet Nam|Vietnamese|Hanoi
YEM|Yemen|Yemeni|Sanaa
ZMB|Zambia|Zambian|Lusaka
ZWE|Zimbabwe|Zimbabwean|Harare
ZAF|South Africa|South African|Pretoria
`;

export const actors: ActorResources = {
  determiners: ['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'some', 'many', 'other', 'another'],
  quantifiers: [
    'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'hundred',
    'several', 'dozens of', 'hundreds of', 'thousands of', 'scores of', 'at least', 'more than', 'some', 'many', 'other', 'few',
  ],
  locatives: ['in', 'at', 'into', 'inside', 'across', 'throughout', 'near', 'via', 'within', 'around', 'outside', 'from'],
  complementMarkers: ['of'],
  possessives: ["'s", "'"],
  nameParticles: ['al', 'el', 'bin', 'ibn', 'abu', 'de', 'van', 'von', 'der', 'la', 'da', 'dos'],
  countries,
  demonymInflections: [
    ['ese', []],
    ['ish', []],
    ['ch', []],
    ['s', []],
    ['i', ['is']],
    ['', ['s']],
  ],
  capitalizedDemonymIsNoun: false,
  heads: [
    // government
    { words: ['government', 'governments', 'administration', 'authorities', 'regime', 'cabinet', 'presidency', 'side', 'parliament', 'congress', 'senate', 'embassy', 'ministry', 'ministries', 'department', 'foreign ministry', 'interior ministry', 'defense ministry', 'defence ministry', 'state department', 'national security council', 'junta', 'military junta', 'transitional authorities', 'state institution', 'state agency', 'state company'], sector: 'GOV', kind: 'institution' },
    { words: ['president', 'vice president', 'prime minister', 'premier', 'minister', 'ministers', 'foreign minister', 'defense minister', 'defence minister', 'interior minister', 'secretary of state', 'secretary of defense', 'defense secretary', 'secretary', 'chancellor', 'king', 'emir', 'crown prince', 'governor', 'mayor', 'ambassador', 'envoy', 'special envoy', 'diplomat', 'diplomats', 'lawmaker', 'lawmakers', 'senator', 'senators', 'legislator', 'legislators', 'official', 'officials', 'leader', 'leaders', 'head of state', 'counterpart', 'counterparts', 'negotiator', 'negotiators'], sector: 'GOV', kind: 'role', title: true },
    // military
    { words: ['army', 'armies', 'military', 'armed forces', 'forces', 'troops', 'air force', 'navy', 'marines', 'national guard', 'republican guard', 'special forces', 'security forces', 'defense forces', 'defence forces', 'peacekeepers', 'peacekeeping troops', 'battalion', 'brigade', 'regiment', 'warplanes', 'jets', 'fighter jets', 'artillery'], sector: 'MIL', kind: 'institution' },
    { words: ['soldier', 'soldiers', 'troop', 'general', 'colonel', 'commander', 'commanders', 'captain', 'major', 'lieutenant', 'servicemen', 'serviceman', 'service members', 'marine', 'sailors', 'pilots', 'sniper', 'snipers', 'reservists', 'conscripts', 'fighters'], sector: 'MIL', kind: 'role', title: true },
    // police
    { words: ['police', 'police force', 'police department', 'police departments', 'police service', 'sheriff\'s office', 'sheriff\'s department', 'gendarmerie', 'law enforcement', 'border guards', 'coast guard', 'security services', 'intelligence services', 'intelligence', 'riot police'], sector: 'COP', kind: 'institution' },
    { words: ['policeman', 'policemen', 'policewoman', 'policewomen', 'police officer', 'police officers', 'officer', 'officers', 'cop', 'cops', 'gendarme', 'gendarmes', 'guards', 'security guards', 'detective', 'detectives', 'sheriff', 'deputies', 'inspector', 'commissioner'], sector: 'COP', kind: 'role', title: true },
    // armed groups
    { words: ['rebel', 'rebels', 'rebel group', 'rebel groups', 'insurgent', 'insurgents', 'insurgency', 'militant', 'militants', 'militia', 'militias', 'militiamen', 'jihadist', 'jihadists', 'jihadi', 'jihadis', 'islamists', 'terrorist', 'terrorists', 'terror group', 'terrorist group', 'separatist', 'separatists', 'guerrilla', 'guerrillas', 'gunman', 'gunmen', 'armed men', 'armed group', 'armed groups', 'attackers', 'attacker', 'assailants', 'assailant', 'bandits', 'suicide bomber', 'suicide bombers', 'bomber', 'bombers', 'extremists', 'fighters'], sector: 'REB', kind: 'group' },
    { words: ['thief', 'thieves', 'robber', 'robbers', 'burglar', 'burglars', 'smugglers', 'traffickers', 'gang', 'gangs', 'gang members', 'criminals', 'suspect', 'suspects', 'shooter'], sector: 'CRM', kind: 'group' },
    // civilians
    { words: ['teachers', 'teacher', 'workers', 'employees', 'staff', 'unions', 'union', 'trade unions', 'union members', 'strikers', 'miners', 'dockworkers', 'drivers', 'nurses union', 'civil servants'], sector: 'LAB', kind: 'people' },
    { words: ['civilian', 'civilians', 'people', 'person', 'persons', 'residents', 'resident', 'villagers', 'inhabitants', 'population', 'citizens', 'protesters', 'protestors', 'demonstrators', 'crowd', 'crowds', 'students', 'children', 'women', 'men', 'refugees', 'displaced', 'victims', 'hostages', 'worshippers', 'passengers', 'farmers', 'herders', 'tourists', 'aid workers', 'activists', 'opposition', 'voters', 'pilgrims', 'migrants', 'locals', 'bystanders', 'passers-by', 'witnesses', 'witness', 'neighbours', 'neighbors'], sector: 'CVL', kind: 'people' },
    // media
    { words: ['journalist', 'journalists', 'reporter', 'reporters', 'correspondent', 'photographer', 'media', 'press', 'news agency', 'state media', 'state television'], sector: 'JRN', kind: 'role', title: true },
    // health (HLH: CAMEO's health code; CAMEO "MED" means media, so it is not used here)
    { words: ['hospital source', 'hospital sources', 'hospital official', 'hospital officials', 'doctor', 'doctors', 'medics', 'paramedics', 'nurses', 'health officials', 'health ministry', 'rescuers', 'rescue workers', 'emergency services', 'firefighters', 'red crescent'], sector: 'HLH', kind: 'role' },
    // sector from elsewhere
    { words: ['local sources', 'local source', 'sources close to', 'anonymous sources', 'a source close to'], sector: 'UNK', kind: 'role' },
    { words: ['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'source', 'sources', 'partners', 'partner', 'allies', 'ally', 'secretary general', 'secretary-general', 'high commissioner', 'representative', 'representatives', 'members', 'member', 'delegation', 'delegates', 'chief', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'command', 'headquarters'], kind: 'role', title: true },
    { words: ['security source', 'security sources', 'military source', 'military sources', 'military official', 'military officials', 'army spokesman'], sector: 'MIL', kind: 'role' },
    { words: ['police source', 'police sources', 'police spokesman', 'police spokeswoman', 'police chief', 'police commissioner'], sector: 'COP', kind: 'role', title: true },
    { words: ['vehicle', 'vehicles', 'truck', 'trucks', 'convoy', 'convoys', 'helicopter', 'helicopters', 'aircraft', 'plane', 'planes', 'drone', 'drones', 'tank', 'tanks', 'patrol', 'patrols', 'checkpoint', 'checkpoints', 'post', 'outpost', 'base', 'bases', 'position', 'positions', 'ship', 'vessel', 'station'], kind: 'institution', carrier: true },
    { words: ['defense', 'defence', 'foreign affairs', 'interior', 'justice', 'health', 'homeland security', 'public security', 'internal affairs'], sector: 'GOV', kind: 'institution', domain: true },
  ],
  named: [
    { names: ['Kremlin'], country: 'RUS', sector: 'GOV', kind: 'institution', name: 'Kremlin' },
    { names: ['White House', 'State Department', 'Department of State'], country: 'USA', sector: 'GOV', kind: 'institution' },
    { names: ['Pentagon', 'Department of Defense'], country: 'USA', sector: 'MIL', kind: 'institution', name: 'Pentagon' },
    { names: ['Elysee', 'Élysée', 'Elysee Palace', 'Quai d\'Orsay'], country: 'FRA', sector: 'GOV', kind: 'institution' },
    { names: ['Downing Street', 'Whitehall', 'Foreign Office'], country: 'GBR', sector: 'GOV', kind: 'institution' },
    { names: ['UN', 'U.N.', 'United Nations', 'UN Security Council', 'U.N. Security Council', 'Security Council', 'United Nations Security Council'], country: 'IGO', kind: 'institution', name: 'United Nations', id: 'IGOUNO' },
    { names: ['UN peacekeepers', 'U.N. peacekeepers', 'MINUSMA', 'MONUSCO', 'MINUSCA', 'UNIFIL'], country: 'IGO', sector: 'MIL', kind: 'institution', id: 'IGOUNO' },
    { names: ['UNHCR', 'UNICEF', 'World Health Organization', 'WFP', 'World Food Programme', 'OCHA', 'IAEA'], country: 'IGO', kind: 'institution', id: 'IGOUNO' },
    { names: ['NATO'], country: 'IGO', sector: 'MIL', kind: 'institution', name: 'NATO', id: 'IGONAT' },
    { names: ['European Union', 'EU', 'European Commission', 'European Community'], country: 'IGO', kind: 'institution', name: 'European Union', id: 'IGOEEC' },
    { names: ['African Union', 'AU'], country: 'IGO', kind: 'institution', name: 'African Union', id: 'IGOAFRAFU' },
    { names: ['ECOWAS'], country: 'IGO', kind: 'institution', name: 'ECOWAS', id: 'IGOWAFWAS' },
    { names: ['Arab League'], country: 'IGO', kind: 'institution', name: 'Arab League', id: 'IGOARL' },
    { names: ['OSCE', 'Minsk Group'], country: 'IGO', kind: 'institution', name: 'OSCE', id: 'IGOEUROSC' },
    { names: ['International Criminal Court', 'ICC'], country: 'IGO', kind: 'institution', name: 'International Criminal Court', id: 'IGOUNOJUD' },
    { names: ['Amnesty International', 'Human Rights Watch', 'HRW', 'Doctors Without Borders', 'MSF', 'Reporters Without Borders', 'RSF'], country: 'NGO', kind: 'institution' },
    { names: ['Red Cross', 'ICRC', 'International Committee of the Red Cross', 'Red Crescent'], country: 'NGO', kind: 'institution', name: 'Red Cross', id: 'NGOHLHIRC' },
    { names: ['AFP', 'Agence France-Presse', 'Agence France Presse'], country: 'FRA', sector: 'JRN', kind: 'institution', name: 'AFP' },
    { names: ['Reuters'], country: 'GBR', sector: 'JRN', kind: 'institution', name: 'Reuters' },
    { names: ['AP', 'Associated Press'], country: 'USA', sector: 'JRN', kind: 'institution', name: 'Associated Press' },
    { names: ['Islamic State', 'ISIS', 'ISIL', 'Daesh'], sector: 'REB', kind: 'group', name: 'Islamic State', id: 'IMGMUSISI' },
    { names: ['al-Qaeda', 'Al-Qaeda', 'al Qaeda', 'Al Qaeda', 'AQIM', 'al-Qaida', 'Al-Qaida'], sector: 'REB', kind: 'group', name: 'al-Qaeda', id: 'IMGMUSALQ' },
    { names: ['Boko Haram'], country: 'NGA', sector: 'REB', kind: 'group', name: 'Boko Haram' },
    { names: ['al-Shabaab', 'Al-Shabaab', 'al-Shabab', 'Al-Shabab', 'Shabaab'], country: 'SOM', sector: 'REB', kind: 'group', name: 'al-Shabaab' },
    { names: ['JNIM'], country: 'MLI', sector: 'REB', kind: 'group', name: 'JNIM' },
    { names: ['Hamas'], country: 'PSE', sector: 'REB', kind: 'group', name: 'Hamas' },
    { names: ['Hezbollah', 'Hizbollah'], country: 'LBN', sector: 'REB', kind: 'group', name: 'Hezbollah' },
    { names: ['Taliban', 'Taleban'], country: 'AFG', sector: 'REB', kind: 'group', name: 'Taliban' },
    { names: ['Houthis', 'Houthi rebels', 'Huthis'], country: 'YEM', sector: 'REB', kind: 'group', name: 'Houthis' },
    { names: ['Wagner', 'Wagner Group'], country: 'RUS', sector: 'MIL', kind: 'group', name: 'Wagner Group' },
    { names: ['M23'], country: 'COD', sector: 'REB', kind: 'group', name: 'M23' },
    { names: ['PKK'], country: 'TUR', sector: 'REB', kind: 'group', name: 'PKK' },
    { names: ['RSF', 'Rapid Support Forces'], country: 'SDN', sector: 'REB', kind: 'group', name: 'Rapid Support Forces' },
    { names: ['ISWAP', 'Islamic State West Africa Province'], country: 'NGA', sector: 'REB', kind: 'group', name: 'ISWAP' },
    { names: ['FAMa', 'Malian Armed Forces'], country: 'MLI', sector: 'MIL', kind: 'institution', name: 'Malian Armed Forces' },
    { names: ['FARDC'], country: 'COD', sector: 'MIL', kind: 'institution', name: 'FARDC' },
    { names: ['IDF', 'Israel Defense Forces', 'Israeli Defense Forces'], country: 'ISR', sector: 'MIL', kind: 'institution', name: 'Israel Defense Forces' },
  ],
  premodifiers: [
    { words: ['unknown', 'unidentified', 'masked', 'suspected', 'unnamed'], sector: 'UNK' },
    { words: ['armed', 'heavily armed', 'rebel', 'islamist', 'jihadist'], sector: 'REB' },
    { words: ['government', 'state', 'senior', 'top', 'local', 'regional', 'federal', 'provincial', 'official'], sector: 'GOV' },
    { words: ['military', 'army', 'pro-government', 'government-backed'], sector: 'MIL' },
    { words: ['civilian', 'innocent', 'unarmed'], sector: 'CVL' },
    { words: ['so-called', 'alleged', 'former', 'new', 'acting', 'deputy', 'foreign', 'young', 'ethnic', 'separatist', 'opposition', 'anonymous', 'elected', 'retired', 'top-level', 'high-ranking', 'security'] },
  ],
  postmodifiers: [],
  nonNames: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'I', 'He', 'She', 'It', 'They', 'We', 'The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'Mr', 'Mrs', 'Ms'],
  conjunctions: ['and', 'or', ','],
  notActors: [
    'hospital', 'hospitals', 'school', 'schools', 'high school', 'high schools', 'middle school', 'elementary school', 'neighborhood',
    'neighbourhood', 'community', 'communities', 'village', 'villages', 'prison', 'jail', 'university', 'college', 'website', 'tv',
    'television', 'magazine', 'chamber', 'business', 'businesses', 'home', 'house', 'day', 'state', 'city', 'town', 'county',
  ],
  agentsFile: 'agents-en.json',
};
