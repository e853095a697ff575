// How a capitalised name that is not a person or a state is classed: organisation suffixes,
// armed-group cues, well-known acronyms, and the geographic names that are places, not actors.
import { OPENING_VERBS } from './attribution.js';

/** A name containing one of these words is an organisation (`Institute of Southeast Asian Studies`). */
export const ORG_WORDS = new Set([
  'Institute', 'Institution', 'Endowment', 'University', 'College', 'School', 'Academy', 'Council', 'Ministry',
  'Association', 'Organization', 'Organisation', 'Agency', 'Bank', 'Fund', 'Company', 'Corporation', 'Corp',
  'Corp.', 'Inc', 'Inc.', 'Ltd', 'Group', 'Party', 'Committee', 'Commission', 'Forum', 'Foundation', 'Center',
  'Centre', 'Office', 'Department', 'Court', 'Parliament', 'Congress', 'Senate', 'Assembly', 'Union', 'League',
  'Alliance', 'Federation', 'Service', 'Services', 'Navy', 'Ministry', 'Cabinet', 'Administration', 'Bureau',
  'Authority', 'Board', 'Network', 'Times', 'Post', 'Press', 'News', 'Journal', 'Agency', 'Watch', 'Tank',
  'Programme', 'Nations', 'Secretariat', 'Pentagon', 'Kremlin', 'Guard', 'Police', 'Industries', 'Holdings',
  'Systems', 'Aerospace', 'Dynamics', 'Shipyard', 'Shipyards', 'Airlines', 'Media', 'Television', 'Radio',
  'Publications', 'Intelligence', 'Chamber', 'Tribunal', 'Junta', 'Government', 'Embassy', 'Consulate', 'Mission',
  'Caucus', 'Society', 'Club', 'Trust',
  // News outlets' names (`Jane’s Defence Weekly`, `Hindustan Times`, `Daily Star`).
  'Weekly', 'Daily', 'Herald', 'Tribune', 'Gazette', 'Chronicle', 'Telegraph', 'Monitor', 'Observer', 'Dispatch',
  'Insider', 'Magazine',
]);

/** A name ending with one of these words is an armed group, unless it is a state's army (`Arakan Army`). */
export const ARMED_GROUP_WORDS = new Set([
  'Army', 'Front', 'Brigade', 'Brigades', 'Militia', 'Militias', 'Movement', 'Liberation', 'Mujahideen',
  'Guerrillas', 'Rebels', 'Fighters', 'Battalion', 'Legion', 'Resistance', 'Defence Force', 'Defense Force',
  'Forces',
]);

/** Names that are armed groups whatever their form. */
export const ARMED_GROUPS = new Set([
  'Taliban', 'Hamas', 'Hezbollah', 'Hizbollah', 'Houthis', 'Houthi', 'Ansar Allah', 'Wagner', 'Wagner Group',
  'Islamic State', 'ISIS', 'ISIL', 'Daesh', 'al-Qaeda', 'Al-Qaeda', 'al-Shabab', 'al-Shabaab', 'Boko Haram', 'PKK',
  'YPG', 'SDF', 'M23', 'RSF', 'Rapid Support Forces', 'Arakan Army', 'Kachin Independence Army', 'FARC', 'ELN',
  'Hayat Tahrir al-Sham', 'HTS', 'Polisario', 'Polisario Front', 'PDF', "People's Defence Force", 'Tatmadaw',
]);

/** A name made of these words, or ending with one, is a place (`Indian Ocean`, `Southeast Asia`). */
export const PLACE_WORDS = new Set([
  'Ocean', 'Sea', 'Gulf', 'Strait', 'Straits', 'Bay', 'Asia', 'Europe', 'Africa', 'America', 'Americas', 'East',
  'West', 'North', 'South', 'Pacific', 'Atlantic', 'Arctic', 'Antarctic', 'Mediterranean', 'Peninsula', 'River',
  'Mountains', 'Island', 'Islands', 'Province', 'Region', 'City', 'Valley', 'Desert', 'Coast', 'Basin', 'Canal',
  'Lake', 'Plateau', 'Border', 'Balkans', 'Caucasus', 'Sahel', 'Levant', 'Horn', 'Subcontinent', 'Hemisphere',
  'Street', 'Square', 'Airport', 'Port', 'Base', 'Hill', 'Palace', 'Hall', 'Oblast', 'Prefecture', 'District',
  'Township', 'Highlands', 'Indo-Pacific',
]);

/** Cities and regions that news copy names without a suffix; they are places unless a metonym says otherwise. */
export const PLACES = new Set([
  'Jakarta', 'Bangkok', 'Vladivostok', 'Washington', 'Yangon', 'Naypyitaw', 'Naypyidaw', 'Mandalay', 'Geneva',
  'Brussels', 'Kyiv', 'Kiev', 'Davos', 'Hanoi', 'Manila', 'Kuala Lumpur', 'Phnom Penh', 'Vientiane', 'Dhaka',
  'Islamabad', 'Karachi', 'Mumbai', 'Delhi', 'New Delhi', 'Kabul', 'Tehran', 'Baghdad', 'Damascus', 'Beirut',
  'Riyadh', 'Doha', 'Dubai', 'Abu Dhabi', 'Cairo', 'Ankara', 'Istanbul', 'Tel Aviv', 'Jerusalem', 'Gaza', 'Sanaa',
  'Aden', 'Khartoum', 'Addis Ababa', 'Nairobi', 'Lagos', 'Abuja', 'Pretoria', 'Johannesburg', 'Harare', 'Caracas',
  'Havana', 'Bogota', 'Brasilia', 'Buenos Aires', 'Mexico City', 'Ottawa', 'London', 'Paris', 'Berlin', 'Rome',
  'Madrid', 'Warsaw', 'Prague', 'Vienna', 'Budapest', 'Minsk', 'Tbilisi', 'Baku', 'Yerevan', 'Astana', 'Tashkent',
  'Seoul', 'Pyongyang', 'Tokyo', 'Taipei', 'Hong Kong', 'Shanghai', 'Canberra', 'Sydney', 'Wellington', 'Singapore',
  'Crimea', 'Donbas', 'Xinjiang', 'Tibet', 'Kashmir', 'Rakhine', 'Kachin', 'Shan', 'Sagaing', 'Idlib', 'Aleppo',
  'New York', 'Stockholm', 'The Hague', 'Moscow', 'Beijing', 'St Petersburg',
  'St. Petersburg', 'Sochi', 'Minsk', 'Colombo', 'Kathmandu', 'Ulaanbaatar', 'Tripoli', 'Benghazi', 'Bamako',
]);

/** Acronyms and short names of organisations, with the full name they stand for. */
export const ORG_ALIASES: Record<string, string> = {
  ASEAN: 'Association of Southeast Asian Nations',
  UN: 'United Nations',
  'U.N.': 'United Nations',
  UNSC: 'United Nations Security Council',
  'UN Security Council': 'United Nations Security Council',
  'U.N. Security Council': 'United Nations Security Council',
  'Security Council': 'United Nations Security Council',
  'UN General Assembly': 'United Nations General Assembly',
  'General Assembly': 'United Nations General Assembly',
  NATO: 'North Atlantic Treaty Organization',
  EU: 'European Union',
  'E.U.': 'European Union',
  AU: 'African Union',
  SCO: 'Shanghai Cooperation Organisation',
  CSTO: 'Collective Security Treaty Organization',
  IMF: 'International Monetary Fund',
  WTO: 'World Trade Organization',
  ICC: 'International Criminal Court',
  ICJ: 'International Court of Justice',
  SIPRI: 'Stockholm International Peace Research Institute',
  IISS: 'International Institute for Strategic Studies',
  CSIS: 'Center for Strategic and International Studies',
  ISEAS: 'Institute of Southeast Asian Studies',
  OPEC: 'Organization of the Petroleum Exporting Countries',
  BRICS: 'BRICS',
  Quad: 'Quad',
  ECOWAS: 'Economic Community of West African States',
  'Arab League': 'Arab League',
  Janes: 'Janes',
  "Jane's": 'Janes',
  Reuters: 'Reuters',
  AP: 'Associated Press',
  AFP: 'Agence France-Presse',
  BBC: 'BBC',
  'Al Jazeera': 'Al Jazeera',
  'Voice of America': 'Voice of America',
  VOA: 'Voice of America',
  Rosoboronexport: 'Rosoboronexport',
  'World Bank': 'World Bank',
  // News agencies and outlets: quoted as sources, never people (a later `he` must not point at them).
  Tass: 'TASS', TASS: 'TASS', 'RIA Novosti': 'RIA Novosti', RIA: 'RIA Novosti', Interfax: 'Interfax', Sputnik: 'Sputnik',
  Xinhua: 'Xinhua', 'Global Times': 'Global Times', CGTN: 'CGTN', 'People’s Daily': 'People’s Daily', "People's Daily": 'People’s Daily',
  Tasnim: 'Tasnim', IRNA: 'IRNA', Fars: 'Fars', Mehr: 'Mehr', 'Press TV': 'Press TV', Anadolu: 'Anadolu Agency',
  'Anadolu Agency': 'Anadolu Agency', Yonhap: 'Yonhap', KCNA: 'KCNA', Kyodo: 'Kyodo', Bernama: 'Bernama', ANI: 'ANI',
  PTI: 'PTI', WION: 'WION', CNN: 'CNN', Bloomberg: 'Bloomberg', 'The Washington Post': 'The Washington Post',
  'Washington Post': 'The Washington Post', 'The New York Times': 'The New York Times', 'New York Times': 'The New York Times',
  'Wall Street Journal': 'The Wall Street Journal', 'The Wall Street Journal': 'The Wall Street Journal',
  'Financial Times': 'Financial Times', Politico: 'Politico', 'Associated Press': 'Associated Press', 'Agence France-Presse': 'Agence France-Presse',
  'Radio Free Asia': 'Radio Free Asia', RFA: 'Radio Free Asia', 'Radio Free Europe': 'Radio Free Europe', RFE: 'Radio Free Europe',
  'The Irrawaddy': 'The Irrawaddy', Irrawaddy: 'The Irrawaddy', 'Nikkei Asia': 'Nikkei Asia', Nikkei: 'Nikkei Asia',
  'South China Morning Post': 'South China Morning Post', SCMP: 'South China Morning Post', Izvestia: 'Izvestia', Kommersant: 'Kommersant',
  'Defense News': 'Defense News', 'Breaking Defense': 'Breaking Defense', 'The Diplomat': 'The Diplomat', ThePrint: 'ThePrint',
  'Dawn': 'Dawn', 'The Hindu': 'The Hindu', 'Hindustan Times': 'Hindustan Times', 'Times of India': 'Times of India',
  Pravda: 'Pravda', Vedomosti: 'Vedomosti', RBC: 'RBC', Meduza: 'Meduza', 'Novaya Gazeta': 'Novaya Gazeta', RT: 'RT',
  'Ukrainska Pravda': 'Ukrainska Pravda', Ukrinform: 'Ukrinform', 'Kyiv Independent': 'Kyiv Independent', BelTA: 'BelTA',
  Kazinform: 'Kazinform', Armenpress: 'Armenpress', Azertac: 'Azertac', SANA: 'SANA', MENA: 'MENA', 'Al-Ahram': 'Al-Ahram',
  'Al Arabiya': 'Al Arabiya', 'Asharq Al-Awsat': 'Asharq Al-Awsat', 'Arab News': 'Arab News', 'Gulf News': 'Gulf News',
  'Khaleej Times': 'Khaleej Times', Haaretz: 'Haaretz', 'Times of Israel': 'Times of Israel', 'Daily Sabah': 'Daily Sabah',
  Hurriyet: 'Hurriyet', NHK: 'NHK', Asahi: 'Asahi Shimbun', 'Asahi Shimbun': 'Asahi Shimbun', Yomiuri: 'Yomiuri Shimbun',
  'Yomiuri Shimbun': 'Yomiuri Shimbun', Mainichi: 'Mainichi Shimbun', 'Straits Times': 'The Straits Times', 'The Straits Times': 'The Straits Times',
  'Jakarta Post': 'The Jakarta Post', 'The Jakarta Post': 'The Jakarta Post', Antara: 'Antara', Kompas: 'Kompas',
  'Bangkok Post': 'Bangkok Post', VnExpress: 'VnExpress', Rappler: 'Rappler', 'Philippine Daily Inquirer': 'Philippine Daily Inquirer',
  'Channel NewsAsia': 'Channel NewsAsia', 'Le Monde': 'Le Monde', 'Le Figaro': 'Le Figaro', 'Der Spiegel': 'Der Spiegel',
  Spiegel: 'Der Spiegel', 'El País': 'El País', Folha: 'Folha de S.Paulo', 'O Globo': 'O Globo', Clarín: 'Clarín',
  'Deutsche Welle': 'Deutsche Welle', DW: 'Deutsche Welle', 'France 24': 'France 24', RFI: 'RFI', Euronews: 'Euronews',
  'The Guardian': 'The Guardian', 'The Economist': 'The Economist', Axios: 'Axios', NDTV: 'NDTV', 'India Today': 'India Today',
  'Geo News': 'Geo News', 'Express Tribune': 'The Express Tribune', 'Prothom Alo': 'Prothom Alo', 'Kathmandu Post': 'The Kathmandu Post',
  // Arms makers, state exporters and the energy and technology firms of arms-and-influence stories:
  // they "said" as often as people do, and a later `he` must not point at them.
  Dassault: 'Dassault Aviation', 'Dassault Aviation': 'Dassault Aviation', Airbus: 'Airbus', Boeing: 'Boeing',
  Lockheed: 'Lockheed Martin', 'Lockheed Martin': 'Lockheed Martin', Raytheon: 'Raytheon', RTX: 'RTX',
  'Northrop Grumman': 'Northrop Grumman', 'General Dynamics': 'General Dynamics', 'BAE Systems': 'BAE Systems', BAE: 'BAE Systems',
  Thales: 'Thales', Leonardo: 'Leonardo', Saab: 'Saab', Rheinmetall: 'Rheinmetall', KNDS: 'KNDS', Kongsberg: 'Kongsberg',
  MBDA: 'MBDA', Safran: 'Safran', Embraer: 'Embraer', Elbit: 'Elbit Systems', 'Elbit Systems': 'Elbit Systems',
  'Israel Aerospace Industries': 'Israel Aerospace Industries', IAI: 'Israel Aerospace Industries', Baykar: 'Baykar',
  Roketsan: 'Roketsan', Aselsan: 'Aselsan', Hanwha: 'Hanwha', 'Hyundai Rotem': 'Hyundai Rotem', KAI: 'Korea Aerospace Industries',
  'Mitsubishi Heavy Industries': 'Mitsubishi Heavy Industries', NORINCO: 'NORINCO', Norinco: 'NORINCO', AVIC: 'AVIC', CSSC: 'CSSC',
  Rostec: 'Rostec', 'Almaz-Antey': 'Almaz-Antey', UAC: 'United Aircraft Corporation', Sukhoi: 'Sukhoi', Irkut: 'Irkut',
  Uralvagonzavod: 'Uralvagonzavod', 'Kalashnikov Concern': 'Kalashnikov Concern', HAL: 'Hindustan Aeronautics',
  'Hindustan Aeronautics': 'Hindustan Aeronautics', DRDO: 'DRDO', 'Bharat Dynamics': 'Bharat Dynamics', Gazprom: 'Gazprom',
  Rosneft: 'Rosneft', Rosatom: 'Rosatom', Lukoil: 'Lukoil', Novatek: 'Novatek', Transneft: 'Transneft', Huawei: 'Huawei',
  ZTE: 'ZTE', Sinopec: 'Sinopec', PetroChina: 'PetroChina', CNPC: 'CNPC', CNOOC: 'CNOOC', Aramco: 'Saudi Aramco',
  'Saudi Aramco': 'Saudi Aramco', COSCO: 'COSCO', Cosco: 'COSCO',
};

/** Prefixes of a ship's name (`USS Nimitz`, `INS Vikrant`, `HMS Queen Elizabeth`): a vessel, not an actor. */
export const SHIP_PREFIXES = new Set([
  'USS', 'USNS', 'HMS', 'HMAS', 'HMCS', 'HMNZS', 'INS', 'KRI', 'BRP', 'RSS', 'PNS', 'JS', 'ROKS', 'TCG', 'ITS', 'ESPS',
  'HNLMS', 'KD', 'HTMS', 'RFS', 'NRP', 'ARA', 'BNS', 'SLNS', 'FS', 'FGS', 'HDMS', 'HNoMS', 'HSwMS', 'CNS', 'PLANS',
]);

/** Names that would otherwise be taken for an actor but are programmes or texts. */
export const NON_ACTOR_WORDS = new Set([
  'Initiative', 'Plan', 'Agreement', 'Treaty', 'Accord', 'Act', 'Convention', 'Declaration', 'Consensus', 'Road',
  'Doctrine', 'Strategy', 'Protocol', 'Resolution', 'Charter', 'Summit', 'Conference', 'Games', 'Olympics', 'Cup',
  'Prize', 'Award', 'Day', 'War', 'Revolution', 'Spring', 'Crisis', 'Operation', 'Exercise',
]);

/** Capitalised words that start sentences or headlines and never begin a name. */
export const NOT_NAME_WORDS = new Set([
  // Verbs that open an inverted attribution (`Writes Alex de Waal: “…”`); not the past forms
  // (`Said` is a first name too).
  ...OPENING_VERBS.filter((v) => v.endsWith('s')),
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'His', 'Her', 'They', 'Their', 'We',
  'Our', 'I', 'You', 'In', 'On', 'At', 'By', 'For', 'With', 'From', 'To', 'Of', 'As', 'But', 'And', 'Or', 'If',
  'When', 'While', 'Although', 'Though', 'After', 'Before', 'Since', 'Amid', 'Among', 'Instead', 'However',
  'Meanwhile', 'Still', 'Yet', 'So', 'Then', 'There', 'Here', 'What', 'Which', 'Who', 'Whom', 'Whose', 'Why',
  'How', 'Where', 'Whether', 'Last', 'Next', 'Earlier', 'Later', 'Currently', 'Now', 'Today', 'Yesterday',
  'Tomorrow', 'Also', 'Even', 'Only', 'Both', 'Each', 'Every', 'Some', 'Many', 'Most', 'More', 'Few', 'Several',
  'All', 'No', 'Not', 'One', 'Two', 'Three', 'Four', 'Five', 'Under', 'Over', 'Despite', 'During', 'Without',
  'Within', 'Through', 'Across', 'Against', 'Analysts', 'Officials', 'Experts', 'Critics', 'Observers', 'Sources',
  'Financial', 'Western', 'Eastern', 'Northern', 'Southern', 'Such', 'Other', 'Another', 'Once', 'Until',
  'Because', 'Unlike', 'Like', 'Asked', 'Speaking', 'According', 'Having', 'Following', 'Asked', 'Mr', 'Mrs', 'Ms',
  'Dr', 'Read', 'Watch', 'Related', 'Image', 'Photo', 'Caption', 'Getty', 'Monday', 'Tuesday', 'Wednesday',
  'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug',
  'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Breaking', 'Reporting', 'Editing', 'Additional', 'Updated', 'Published', 'Posted', 'Sign', 'Share',
]);
