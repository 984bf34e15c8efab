/**
 * The data tables of the synthetic archive (tools/synthetic.ts): officials and
 * counterparts with their terms of office, countries, venues, topics and the
 * words readouts use, and the parts rare made-up names are built from. Plain
 * data: changing a table changes the generated archives (bump
 * GENERATOR_VERSION in tools/synthetic.ts).
 */

export type Role = 'secdef' | 'deputy' | 'usdp' | 'cjcs';

export interface Official {
  role: Role;
  /** As the title and the opening sentence write it: "Secretary of Defense Lloyd J. Austin III". */
  full: string;
  /** On later mentions: "Secretary Austin". */
  short: string;
  surname: string;
  pronoun: 'his' | 'her';
  from: string;
  to: string;
}

const o = (
  role: Role,
  full: string,
  short: string,
  surname: string,
  from: string,
  to: string,
  pronoun: 'his' | 'her' = 'his',
): Official => ({
  role,
  full,
  short,
  surname,
  from,
  to,
  pronoun,
});

// biome-ignore format: a packed table reads better than one entry a line
export const OFFICIALS: readonly Official[] = [
  o('secdef', 'Secretary of Defense Robert M. Gates', 'Secretary Gates', 'Gates', '2010-01-01', '2011-06-30'),
  o('secdef', 'Secretary of Defense Leon E. Panetta', 'Secretary Panetta', 'Panetta', '2011-07-01', '2013-02-26'),
  o('secdef', 'Secretary of Defense Chuck Hagel', 'Secretary Hagel', 'Hagel', '2013-02-27', '2015-02-16'),
  o('secdef', 'Secretary of Defense Ash Carter', 'Secretary Carter', 'Carter', '2015-02-17', '2017-01-20'),
  o('secdef', 'Secretary of Defense Jim Mattis', 'Secretary Mattis', 'Mattis', '2017-01-21', '2018-12-31'),
  o('secdef', 'Acting Secretary of Defense Patrick M. Shanahan', 'Acting Secretary Shanahan', 'Shanahan', '2019-01-01', '2019-06-23'),
  o('secdef', 'Secretary of Defense Mark T. Esper', 'Secretary Esper', 'Esper', '2019-06-24', '2020-11-09'),
  o('secdef', 'Acting Secretary of Defense Christopher C. Miller', 'Acting Secretary Miller', 'Miller', '2020-11-10', '2021-01-21'),
  o('secdef', 'Secretary of Defense Lloyd J. Austin III', 'Secretary Austin', 'Austin', '2021-01-22', '2025-01-24'),
  o('secdef', 'Secretary of Defense Pete Hegseth', 'Secretary Hegseth', 'Hegseth', '2025-01-25', '2025-12-31'),
  o('deputy', 'Deputy Secretary of Defense William J. Lynn III', 'Deputy Secretary Lynn', 'Lynn', '2010-01-01', '2011-10-05'),
  o('deputy', 'Deputy Secretary of Defense Ashton B. Carter', 'Deputy Secretary Carter', 'Carter', '2011-10-06', '2013-12-04'),
  o('deputy', 'Acting Deputy Secretary of Defense Christine H. Fox', 'Acting Deputy Secretary Fox', 'Fox', '2013-12-05', '2014-05-01', 'her'),
  o('deputy', 'Deputy Secretary of Defense Bob Work', 'Deputy Secretary Work', 'Work', '2014-05-02', '2017-07-18'),
  o('deputy', 'Deputy Secretary of Defense Patrick M. Shanahan', 'Deputy Secretary Shanahan', 'Shanahan', '2017-07-19', '2018-12-31'),
  o('deputy', 'Deputy Secretary of Defense David L. Norquist', 'Deputy Secretary Norquist', 'Norquist', '2019-01-01', '2021-01-20'),
  o('deputy', 'Deputy Secretary of Defense Dr. Kathleen Hicks', 'Deputy Secretary Hicks', 'Hicks', '2021-01-21', '2025-01-20', 'her'),
  o('deputy', 'Deputy Secretary of Defense Steve Feinberg', 'Deputy Secretary Feinberg', 'Feinberg', '2025-01-21', '2025-12-31'),
  o('usdp', 'Under Secretary of Defense for Policy Michèle Flournoy', 'Under Secretary Flournoy', 'Flournoy', '2010-01-01', '2012-02-03', 'her'),
  o('usdp', 'Under Secretary of Defense for Policy Dr. James N. Miller', 'Dr. Miller', 'Miller', '2012-02-04', '2014-01-31'),
  o('usdp', 'Under Secretary of Defense for Policy Christine E. Wormuth', 'Under Secretary Wormuth', 'Wormuth', '2014-02-01', '2016-06-03', 'her'),
  o('usdp', 'Under Secretary of Defense for Policy John C. Rood', 'Under Secretary Rood', 'Rood', '2016-06-04', '2020-02-28'),
  o('usdp', 'Acting Under Secretary of Defense for Policy James H. Anderson', 'Dr. Anderson', 'Anderson', '2020-02-29', '2021-01-20'),
  o('usdp', 'Under Secretary of Defense for Policy Dr. Colin Kahl', 'Dr. Kahl', 'Kahl', '2021-01-21', '2023-07-14'),
  o('usdp', 'Acting Under Secretary of Defense for Policy Sasha Baker', 'Acting Under Secretary Baker', 'Baker', '2023-07-15', '2024-12-31', 'her'),
  o('usdp', 'Under Secretary of Defense for Policy Elbridge Colby', 'Under Secretary Colby', 'Colby', '2025-01-01', '2025-12-31'),
  o('cjcs', 'Chairman of the Joint Chiefs of Staff Adm. Mike Mullen', 'Adm. Mullen', 'Mullen', '2010-01-01', '2011-09-30'),
  o('cjcs', 'Chairman of the Joint Chiefs of Staff Gen. Martin E. Dempsey', 'Gen. Dempsey', 'Dempsey', '2011-10-01', '2015-09-25'),
  o('cjcs', 'Chairman of the Joint Chiefs of Staff Gen. Joseph F. Dunford Jr.', 'Gen. Dunford', 'Dunford', '2015-09-26', '2019-09-30'),
  o('cjcs', 'Chairman of the Joint Chiefs of Staff Gen. Mark A. Milley', 'Gen. Milley', 'Milley', '2019-10-01', '2023-09-29'),
  o('cjcs', 'Chairman of the Joint Chiefs of Staff Gen. Charles Q. Brown Jr.', 'Gen. Brown', 'Brown', '2023-09-30', '2025-02-21'),
  o('cjcs', 'Chairman of the Joint Chiefs of Staff Gen. Dan Caine', 'Gen. Caine', 'Caine', '2025-02-22', '2025-12-31'),
];

export const ROLE_WEIGHT: Record<Role, number> = { secdef: 0.6, deputy: 0.15, usdp: 0.12, cjcs: 0.13 };

/** Who "provided the following readout:", by date and role. */
export const SPOKESPEOPLE: readonly { who: string; from: string; to: string; joint?: boolean }[] = [
  { who: 'Pentagon Press Secretary Geoff Morrell', from: '2010-01-01', to: '2011-06-30' },
  { who: 'Pentagon Press Secretary George Little', from: '2011-07-01', to: '2013-11-30' },
  { who: 'Pentagon Press Secretary Rear Adm. John Kirby', from: '2013-12-01', to: '2015-04-30' },
  { who: 'Pentagon Press Secretary Peter Cook', from: '2015-05-01', to: '2017-01-20' },
  { who: 'Pentagon Spokesperson Capt. Jeff Davis', from: '2015-01-01', to: '2017-06-30' },
  { who: 'Pentagon Chief Spokesperson Dana W. White', from: '2017-04-01', to: '2018-12-31' },
  { who: 'Secretary of Defense Spokesperson Cmdr. Gary Ross', from: '2017-01-21', to: '2018-12-31' },
  { who: 'Pentagon Spokesperson Lt. Col. Dave Eastburn', from: '2018-06-01', to: '2019-12-31' },
  { who: 'Chief Pentagon Spokesman Jonathan Rath Hoffman', from: '2019-07-01', to: '2021-01-20' },
  { who: 'Pentagon Press Secretary John F. Kirby', from: '2021-01-21', to: '2022-05-31' },
  { who: 'Pentagon Deputy Press Secretary Jamal Brown', from: '2021-01-21', to: '2021-12-31' },
  { who: 'Pentagon Press Secretary Brig. Gen. Pat Ryder', from: '2022-08-01', to: '2024-12-31' },
  { who: 'Deputy Pentagon Press Secretary Sabrina Singh', from: '2022-06-01', to: '2025-01-20' },
  { who: 'Pentagon Press Secretary Kingsley Wilson', from: '2025-01-21', to: '2025-12-31' },
  { who: 'Chief Pentagon Spokesman Sean Parnell', from: '2025-01-21', to: '2025-12-31' },
  { who: 'Joint Staff Spokesman Col. Patrick S. Ryder', from: '2010-01-01', to: '2019-09-30', joint: true },
  { who: 'Joint Staff Spokesperson Col. Dave Butler', from: '2019-10-01', to: '2023-09-29', joint: true },
  { who: 'Joint Staff Spokesperson Capt. Jereal Dorsey', from: '2023-09-30', to: '2025-12-31', joint: true },
];

export type Region =
  | 'japan'
  | 'korea'
  | 'seasia'
  | 'oceania'
  | 'indopac'
  | 'china'
  | 'southasia'
  | 'europe'
  | 'ukraine'
  | 'mideast'
  | 'africa'
  | 'americas'
  | 'global';

export interface Country {
  key: string;
  /** In a sentence: "Japan", "the Republic of Korea", "the Philippines". */
  name: string;
  /** For "U.S.-Japan": "Japan", "ROK", "Philippine". */
  pair: string;
  capital: string;
  /** Other places in the country a meeting or visit may be held. */
  sites: string[];
  regions: Region[];
  weight: number;
  ally: boolean;
}

const c = (
  key: string,
  name: string,
  pair: string,
  capital: string,
  regions: Region[],
  weight: number,
  ally: boolean,
  sites: string[] = [],
): Country => ({
  key,
  name,
  pair,
  capital,
  regions,
  weight,
  ally,
  sites,
});

// biome-ignore format: a packed table reads better than one entry a line
export const COUNTRIES: readonly Country[] = [
  c('jp', 'Japan', 'Japan', 'Tokyo', ['japan', 'indopac'], 12, true, ['Okinawa', 'Yokosuka', 'Yokota Air Base', 'Naval Air Facility Atsugi', 'Camp Zama', 'Iwakuni']),
  c('kr', 'the Republic of Korea', 'ROK', 'Seoul', ['korea', 'indopac'], 10, true, ['Camp Humphreys', 'Osan Air Base', 'Pyeongtaek', 'Busan', 'the Joint Security Area']),
  c('au', 'Australia', 'Australia', 'Canberra', ['oceania', 'indopac'], 8, true, ['Darwin', 'Perth', 'Sydney', 'HMAS Stirling', 'RAAF Base Tindal']),
  c('ph', 'the Philippines', 'Philippine', 'Manila', ['seasia', 'indopac'], 7, true, ['Subic Bay', 'Palawan', 'Clark Air Base', 'Basa Air Base', 'Camp Aguinaldo']),
  c('nato', 'NATO', 'NATO', 'Brussels', ['europe'], 6, true, ['NATO Headquarters', 'Mons']),
  c('uk', 'the United Kingdom', 'U.K.', 'London', ['europe'], 6, true, ['RAF Lakenheath', 'Portsmouth']),
  c('ua', 'Ukraine', 'Ukraine', 'Kyiv', ['ukraine', 'europe'], 6, false, ['Lviv', 'Odesa']),
  c('de', 'Germany', 'Germany', 'Berlin', ['europe'], 4, true, ['Ramstein Air Base', 'Stuttgart', 'Grafenwoehr']),
  c('fr', 'France', 'France', 'Paris', ['europe', 'africa'], 4, true, ['Toulon']),
  c('in', 'India', 'India', 'New Delhi', ['southasia', 'indopac'], 4, false, ['Mumbai', 'Goa']),
  c('sg', 'Singapore', 'Singapore', 'Singapore', ['seasia', 'indopac'], 3, false, ['Changi Naval Base']),
  c('vn', 'Vietnam', 'Vietnam', 'Hanoi', ['seasia', 'indopac'], 3, false, ['Ho Chi Minh City', 'Da Nang', 'Bien Hoa Air Base']),
  c('id', 'Indonesia', 'Indonesia', 'Jakarta', ['seasia', 'indopac'], 3, false, ['Bali', 'Surabaya']),
  c('il', 'Israel', 'Israel', 'Tel Aviv', ['mideast'], 4, false, ['Jerusalem', 'Haifa']),
  c('sa', 'Saudi Arabia', 'Saudi', 'Riyadh', ['mideast'], 2, false, ['Jeddah']),
  c('ca', 'Canada', 'Canada', 'Ottawa', ['americas', 'europe'], 3, true, ['Halifax']),
  c('pl', 'Poland', 'Poland', 'Warsaw', ['europe', 'ukraine'], 3, true, ['Rzeszów', 'Poznań']),
  c('tr', 'Türkiye', 'Türkiye', 'Ankara', ['europe', 'mideast'], 2, true, ['Incirlik Air Base']),
  c('it', 'Italy', 'Italy', 'Rome', ['europe'], 2, true, ['Naples', 'Aviano Air Base', 'Sigonella']),
  c('nl', 'the Netherlands', 'Netherlands', 'The Hague', ['europe'], 1, true),
  c('no', 'Norway', 'Norway', 'Oslo', ['europe'], 1, true, ['Bodø']),
  c('se', 'Sweden', 'Sweden', 'Stockholm', ['europe'], 1, false, ['Gotland']),
  c('fi', 'Finland', 'Finland', 'Helsinki', ['europe'], 1, false),
  c('ee', 'Estonia', 'Estonia', 'Tallinn', ['europe', 'ukraine'], 1, true, ['Tapa']),
  c('lt', 'Lithuania', 'Lithuania', 'Vilnius', ['europe', 'ukraine'], 1, true, ['Pabradė']),
  c('lv', 'Latvia', 'Latvia', 'Riga', ['europe', 'ukraine'], 1, true, ['Ādaži']),
  c('ro', 'Romania', 'Romania', 'Bucharest', ['europe', 'ukraine'], 1, true, ['Mihail Kogălniceanu Air Base', 'Deveselu']),
  c('gr', 'Greece', 'Greece', 'Athens', ['europe'], 1, true, ['Souda Bay', 'Alexandroupolis']),
  c('es', 'Spain', 'Spain', 'Madrid', ['europe'], 1, true, ['Rota']),
  c('cn', "the People's Republic of China", 'PRC', 'Beijing', ['china', 'indopac'], 3, false),
  c('th', 'Thailand', 'Thailand', 'Bangkok', ['seasia', 'indopac'], 1, true, ['U-Tapao']),
  c('my', 'Malaysia', 'Malaysia', 'Kuala Lumpur', ['seasia', 'indopac'], 1, false),
  c('nz', 'New Zealand', 'New Zealand', 'Wellington', ['oceania', 'indopac'], 1, false),
  c('mn', 'Mongolia', 'Mongolia', 'Ulaanbaatar', ['indopac'], 1, false),
  c('qa', 'Qatar', 'Qatar', 'Doha', ['mideast'], 1, false, ['Al Udeid Air Base']),
  c('ae', 'the United Arab Emirates', 'UAE', 'Abu Dhabi', ['mideast'], 1, false, ['Al Dhafra Air Base']),
  c('jo', 'Jordan', 'Jordan', 'Amman', ['mideast'], 1, false),
  c('eg', 'Egypt', 'Egypt', 'Cairo', ['mideast', 'africa'], 1, false),
  c('iq', 'Iraq', 'Iraq', 'Baghdad', ['mideast'], 2, false, ['Erbil', 'Al Asad Air Base']),
  c('af', 'Afghanistan', 'Afghanistan', 'Kabul', ['southasia'], 2, false, ['Bagram Airfield', 'Kandahar']),
  c('pk', 'Pakistan', 'Pakistan', 'Islamabad', ['southasia'], 1, false, ['Rawalpindi']),
  c('ge', 'Georgia', 'Georgia', 'Tbilisi', ['europe'], 1, false),
  c('ke', 'Kenya', 'Kenya', 'Nairobi', ['africa'], 1, false, ['Manda Bay']),
  c('dj', 'Djibouti', 'Djibouti', 'Djibouti', ['africa'], 1, false, ['Camp Lemonnier']),
  c('ma', 'Morocco', 'Morocco', 'Rabat', ['africa'], 1, false),
  c('co', 'Colombia', 'Colombia', 'Bogotá', ['americas'], 1, false),
  c('br', 'Brazil', 'Brazil', 'Brasília', ['americas'], 1, false),
  c('mx', 'Mexico', 'Mexico', 'Mexico City', ['americas'], 1, false),
  c('pg', 'Papua New Guinea', 'Papua New Guinea', 'Port Moresby', ['oceania', 'indopac'], 1, false, ['Lombrum Naval Base']),
  c('pw', 'Palau', 'Palau', 'Ngerulmud', ['oceania', 'indopac'], 1, false),
  c('fj', 'Fiji', 'Fiji', 'Suva', ['oceania', 'indopac'], 1, false),
  c('dk', 'Denmark', 'Denmark', 'Copenhagen', ['europe'], 1, true),
  c('cz', 'the Czech Republic', 'Czech', 'Prague', ['europe'], 1, true),
];

export interface Counterpart {
  country: string;
  /** "Japanese Minister of Defense". */
  title: string;
  name: string;
  /** On later mentions: "Minister Kishi". */
  short: string;
  from: string;
  to: string;
}

const p = (country: string, title: string, name: string, short: string, from: string, to: string): Counterpart => ({
  country,
  title,
  name,
  short,
  from,
  to,
});

export const JMOD = 'Japanese Minister of Defense';
export const JDM = 'Japanese Defense Minister';
export const ROK = 'Republic of Korea (ROK) Minister of National Defense';
export const ROK2 = 'ROK Minister of National Defense';
export const AUS = 'Australian Minister for Defence';
export const PHL = 'Philippine Secretary of National Defense';
export const UKD = 'U.K. Secretary of State for Defence';
export const UAD = 'Ukrainian Minister of Defense';
export const GER = 'German Minister of Defense';

// biome-ignore format: a packed table reads better than one entry a line
export const COUNTERPARTS: readonly Counterpart[] = [
  p('jp', JMOD, 'Toshimi Kitazawa', 'Minister Kitazawa', '2010-01-01', '2011-09-01'),
  p('jp', JMOD, 'Yasuo Ichikawa', 'Minister Ichikawa', '2011-09-02', '2012-06-03'),
  p('jp', JMOD, 'Satoshi Morimoto', 'Minister Morimoto', '2012-06-04', '2012-12-25'),
  p('jp', JDM, 'Itsunori Onodera', 'Minister Onodera', '2012-12-26', '2014-09-02'),
  p('jp', JDM, 'Gen Nakatani', 'Minister Nakatani', '2014-09-03', '2016-08-02'),
  p('jp', JDM, 'Tomomi Inada', 'Minister Inada', '2016-08-03', '2017-07-28'),
  p('jp', JMOD, 'Itsunori Onodera', 'Minister Onodera', '2017-07-29', '2018-10-01'),
  p('jp', JMOD, 'Takeshi Iwaya', 'Minister Iwaya', '2018-10-02', '2019-09-10'),
  p('jp', JDM, 'Taro Kono', 'Minister Kono', '2019-09-11', '2020-09-15'),
  p('jp', JMOD, 'Kishi Nobuo', 'Minister Kishi', '2020-09-16', '2022-08-09'),
  p('jp', JMOD, 'Hamada Yasukazu', 'Minister Hamada', '2022-08-10', '2023-09-12'),
  p('jp', JMOD, 'Kihara Minoru', 'Minister Kihara', '2023-09-13', '2024-10-01'),
  p('jp', JMOD, 'Nakatani Gen', 'Minister Nakatani', '2024-10-02', '2025-12-31'),
  p('jp', 'Japanese Prime Minister', 'Shinzo Abe', 'Prime Minister Abe', '2012-12-26', '2020-09-16'),
  p('jp', 'Chief of Staff, Joint Staff, Japan Self-Defense Forces, Gen.', 'Yoshida Yoshihide', 'Gen. Yoshida', '2023-03-30', '2025-12-31'),
  p('kr', ROK2, 'Kim Tae-young', 'Minister Kim', '2010-01-01', '2010-12-03'),
  p('kr', ROK, 'Kim Kwan-jin', 'Minister Kim', '2010-12-04', '2014-06-30'),
  p('kr', ROK, 'Han Min-koo', 'Minister Han', '2014-07-01', '2017-07-13'),
  p('kr', ROK2, 'Song Young-moo', 'Minister Song', '2017-07-14', '2018-09-20'),
  p('kr', ROK, 'Jeong Kyeong-doo', 'Minister Jeong', '2018-09-21', '2020-09-17'),
  p('kr', ROK, 'Suh Wook', 'Minister Suh', '2020-09-18', '2022-05-09'),
  p('kr', ROK, 'Lee Jong-sup', 'Minister Lee', '2022-05-10', '2023-10-06'),
  p('kr', ROK2, 'Shin Won-sik', 'Minister Shin', '2023-10-07', '2024-09-05'),
  p('kr', ROK, 'Kim Yong-hyun', 'Minister Kim', '2024-09-06', '2024-12-05'),
  p('kr', ROK, 'Ahn Gyu-back', 'Minister Ahn', '2025-06-25', '2025-12-31'),
  p('kr', 'ROK President', 'Moon Jae-in', 'President Moon', '2017-05-10', '2022-05-09'),
  p('au', AUS, 'Stephen Smith', 'Minister Smith', '2010-01-01', '2013-09-17'),
  p('au', AUS, 'David Johnston', 'Minister Johnston', '2013-09-18', '2014-12-23'),
  p('au', AUS, 'Kevin Andrews', 'Minister Andrews', '2014-12-24', '2015-09-20'),
  p('au', AUS, 'Marise Payne', 'Minister Payne', '2015-09-21', '2018-08-27'),
  p('au', AUS, 'Christopher Pyne', 'Minister Pyne', '2018-08-28', '2019-05-28'),
  p('au', AUS, 'Linda Reynolds', 'Minister Reynolds', '2019-05-29', '2021-03-29'),
  p('au', AUS, 'Peter Dutton', 'Minister Dutton', '2021-03-30', '2022-05-22'),
  p('au', 'Australian Deputy Prime Minister and Minister for Defence', 'Richard Marles', 'Deputy Prime Minister Marles', '2022-05-23', '2025-12-31'),
  p('au', 'Australian Prime Minister', 'Malcolm Turnbull', 'Prime Minister Turnbull', '2015-09-15', '2018-08-24'),
  p('ph', PHL, 'Voltaire Gazmin', 'Secretary Gazmin', '2010-06-30', '2016-06-29'),
  p('ph', PHL, 'Delfin Lorenzana', 'Secretary Lorenzana', '2016-06-30', '2022-06-29'),
  p('ph', PHL, 'Carlito Galvez Jr.', 'Secretary Galvez', '2023-01-09', '2023-06-05'),
  p('ph', PHL, 'Gilberto C. Teodoro Jr.', 'Secretary Teodoro', '2023-06-06', '2025-12-31'),
  p('ph', 'Philippine President', 'Ferdinand R. Marcos Jr.', 'President Marcos', '2022-06-30', '2025-12-31'),
  p('nato', 'NATO Secretary General', 'Anders Fogh Rasmussen', 'Secretary General Rasmussen', '2010-01-01', '2014-09-30'),
  p('nato', 'NATO Secretary General', 'Jens Stoltenberg', 'Secretary General Stoltenberg', '2014-10-01', '2024-09-30'),
  p('nato', 'NATO Secretary General', 'Mark Rutte', 'Secretary General Rutte', '2024-10-01', '2025-12-31'),
  p('uk', UKD, 'Liam Fox', 'Secretary of State Fox', '2010-05-12', '2011-10-14'),
  p('uk', UKD, 'Philip Hammond', 'Secretary of State Hammond', '2011-10-15', '2014-07-15'),
  p('uk', UKD, 'Michael Fallon', 'Secretary of State Fallon', '2014-07-16', '2017-11-01'),
  p('uk', UKD, 'Gavin Williamson', 'Secretary of State Williamson', '2017-11-02', '2019-05-01'),
  p('uk', UKD, 'Penny Mordaunt', 'Secretary of State Mordaunt', '2019-05-02', '2019-07-24'),
  p('uk', UKD, 'Ben Wallace', 'Secretary of State Wallace', '2019-07-25', '2023-08-31'),
  p('uk', UKD, 'Grant Shapps', 'Secretary of State Shapps', '2023-09-01', '2024-07-05'),
  p('uk', UKD, 'John Healey', 'Secretary of State Healey', '2024-07-06', '2025-12-31'),
  p('ua', UAD, 'Stepan Poltorak', 'Minister Poltorak', '2014-10-14', '2019-08-29'),
  p('ua', UAD, 'Andriy Zagorodnyuk', 'Minister Zagorodnyuk', '2019-08-30', '2020-03-04'),
  p('ua', UAD, 'Andriy Taran', 'Minister Taran', '2020-03-05', '2021-11-03'),
  p('ua', UAD, 'Oleksii Reznikov', 'Minister Reznikov', '2021-11-04', '2023-09-05'),
  p('ua', UAD, 'Rustem Umerov', 'Minister Umerov', '2023-09-06', '2025-07-16'),
  p('ua', UAD, 'Denys Shmyhal', 'Minister Shmyhal', '2025-07-17', '2025-12-31'),
  p('ua', 'Ukrainian President', 'Volodymyr Zelenskyy', 'President Zelenskyy', '2019-05-20', '2025-12-31'),
  p('de', GER, 'Karl-Theodor zu Guttenberg', 'Minister zu Guttenberg', '2010-01-01', '2011-03-02'),
  p('de', GER, 'Thomas de Maizière', 'Minister de Maizière', '2011-03-03', '2013-12-16'),
  p('de', GER, 'Ursula von der Leyen', 'Minister von der Leyen', '2013-12-17', '2019-07-16'),
  p('de', GER, 'Annegret Kramp-Karrenbauer', 'Minister Kramp-Karrenbauer', '2019-07-17', '2021-12-07'),
  p('de', GER, 'Christine Lambrecht', 'Minister Lambrecht', '2021-12-08', '2023-01-18'),
  p('de', GER, 'Boris Pistorius', 'Minister Pistorius', '2023-01-19', '2025-12-31'),
  p('fr', 'French Minister of Defense', 'Hervé Morin', 'Minister Morin', '2010-01-01', '2010-11-13'),
  p('fr', 'French Minister of Defense', 'Alain Juppé', 'Minister Juppé', '2010-11-14', '2011-02-26'),
  p('fr', 'French Minister of Defense', 'Gérard Longuet', 'Minister Longuet', '2011-02-27', '2012-05-15'),
  p('fr', 'French Minister of Defense', 'Jean-Yves Le Drian', 'Minister Le Drian', '2012-05-16', '2017-05-16'),
  p('fr', 'French Minister of the Armed Forces', 'Florence Parly', 'Minister Parly', '2017-05-17', '2022-05-19'),
  p('fr', 'French Minister of the Armed Forces', 'Sébastien Lecornu', 'Minister Lecornu', '2022-05-20', '2025-12-31'),
  p('in', 'Indian Minister of Defence', 'A.K. Antony', 'Minister Antony', '2010-01-01', '2014-05-25'),
  p('in', 'Indian Minister of Defence', 'Manohar Parrikar', 'Minister Parrikar', '2014-11-09', '2017-03-13'),
  p('in', 'Indian Minister of Defence', 'Nirmala Sitharaman', 'Minister Sitharaman', '2017-09-03', '2019-05-30'),
  p('in', 'Indian Minister of Defence', 'Rajnath Singh', 'Minister Singh', '2019-05-31', '2025-12-31'),
  p('sg', 'Singapore Minister for Defence', 'Ng Eng Hen', 'Minister Ng', '2011-05-21', '2025-05-22'),
  p('sg', 'Singapore Minister for Defence', 'Chan Chun Sing', 'Minister Chan', '2025-05-23', '2025-12-31'),
  p('vn', 'Vietnamese Minister of National Defense', 'Phung Quang Thanh', 'Minister Thanh', '2010-01-01', '2016-04-08'),
  p('vn', 'Vietnamese Minister of National Defense', 'Ngo Xuan Lich', 'Minister Lich', '2016-04-09', '2021-04-07'),
  p('vn', 'Vietnamese Minister of National Defense', 'Phan Van Giang', 'Minister Giang', '2021-04-08', '2025-12-31'),
  p('id', 'Indonesian Minister of Defense', 'Purnomo Yusgiantoro', 'Minister Purnomo', '2010-01-01', '2014-10-20'),
  p('id', 'Indonesian Minister of Defense', 'Ryamizard Ryacudu', 'Minister Ryacudu', '2014-10-21', '2019-10-23'),
  p('id', 'Indonesian Minister of Defense', 'Prabowo Subianto', 'Minister Prabowo', '2019-10-24', '2024-10-20'),
  p('id', 'Indonesian Minister of Defense', 'Sjafrie Sjamsoeddin', 'Minister Sjafrie', '2024-10-21', '2025-12-31'),
  p('il', 'Israeli Minister of Defense', 'Ehud Barak', 'Minister Barak', '2010-01-01', '2013-03-18'),
  p('il', 'Israeli Minister of Defense', "Moshe Ya'alon", "Minister Ya'alon", '2013-03-19', '2016-05-31'),
  p('il', 'Israeli Minister of Defense', 'Avigdor Liberman', 'Minister Liberman', '2016-06-01', '2018-11-18'),
  p('il', 'Israeli Minister of Defense', 'Benny Gantz', 'Minister Gantz', '2020-05-17', '2022-12-29'),
  p('il', 'Israeli Minister of Defense', 'Yoav Gallant', 'Minister Gallant', '2022-12-30', '2024-11-05'),
  p('il', 'Israeli Minister of Defense', 'Israel Katz', 'Minister Katz', '2024-11-06', '2025-12-31'),
  p('sa', 'Saudi Minister of Defense', 'Mohammed bin Salman', 'the Crown Prince', '2015-01-23', '2022-09-27'),
  p('sa', 'Saudi Minister of Defense', 'Khalid bin Salman', 'Minister Khalid bin Salman', '2022-09-28', '2025-12-31'),
  p('ca', 'Canadian Minister of National Defence', 'Peter MacKay', 'Minister MacKay', '2010-01-01', '2013-07-14'),
  p('ca', 'Canadian Minister of National Defence', 'Rob Nicholson', 'Minister Nicholson', '2013-07-15', '2015-02-08'),
  p('ca', 'Canadian Minister of National Defence', 'Jason Kenney', 'Minister Kenney', '2015-02-09', '2015-11-03'),
  p('ca', 'Canadian Minister of National Defence', 'Harjit Sajjan', 'Minister Sajjan', '2015-11-04', '2021-10-25'),
  p('ca', 'Canadian Minister of National Defence', 'Anita Anand', 'Minister Anand', '2021-10-26', '2023-07-25'),
  p('ca', 'Canadian Minister of National Defence', 'Bill Blair', 'Minister Blair', '2023-07-26', '2025-05-12'),
  p('ca', 'Canadian Minister of National Defence', 'David McGuinty', 'Minister McGuinty', '2025-05-13', '2025-12-31'),
  p('pl', 'Polish Minister of National Defense', 'Tomasz Siemoniak', 'Minister Siemoniak', '2011-11-18', '2015-11-15'),
  p('pl', 'Polish Minister of National Defense', 'Antoni Macierewicz', 'Minister Macierewicz', '2015-11-16', '2018-01-08'),
  p('pl', 'Polish Minister of National Defense', 'Mariusz Błaszczak', 'Minister Błaszczak', '2018-01-09', '2023-11-26'),
  p('pl', 'Polish Deputy Prime Minister and Minister of National Defense', 'Władysław Kosiniak-Kamysz', 'Minister Kosiniak-Kamysz', '2023-11-27', '2025-12-31'),
  p('tr', 'Turkish Minister of National Defense', 'Fikri Işık', 'Minister Işık', '2016-05-24', '2017-07-19'),
  p('tr', 'Turkish Minister of National Defense', 'Nurettin Canikli', 'Minister Canikli', '2017-07-20', '2018-07-09'),
  p('tr', 'Turkish Minister of National Defense', 'Hulusi Akar', 'Minister Akar', '2018-07-10', '2023-06-03'),
  p('tr', 'Turkish Minister of National Defense', 'Yaşar Güler', 'Minister Güler', '2023-06-04', '2025-12-31'),
  p('it', 'Italian Minister of Defense', 'Roberta Pinotti', 'Minister Pinotti', '2014-02-22', '2018-06-01'),
  p('it', 'Italian Minister of Defense', 'Lorenzo Guerini', 'Minister Guerini', '2019-09-05', '2022-10-21'),
  p('it', 'Italian Minister of Defense', 'Guido Crosetto', 'Minister Crosetto', '2022-10-22', '2025-12-31'),
  p('nl', 'Dutch Minister of Defense', 'Kajsa Ollongren', 'Minister Ollongren', '2022-01-10', '2024-07-01'),
  p('nl', 'Dutch Minister of Defense', 'Ruben Brekelmans', 'Minister Brekelmans', '2024-07-02', '2025-12-31'),
  p('no', 'Norwegian Minister of Defense', 'Frank Bakke-Jensen', 'Minister Bakke-Jensen', '2017-10-20', '2021-10-13'),
  p('no', 'Norwegian Minister of Defense', 'Bjørn Arild Gram', 'Minister Gram', '2023-04-18', '2025-12-31'),
  p('se', 'Swedish Minister for Defense', 'Peter Hultqvist', 'Minister Hultqvist', '2014-10-03', '2022-10-17'),
  p('se', 'Swedish Minister for Defense', 'Pål Jonson', 'Minister Jonson', '2022-10-18', '2025-12-31'),
  p('fi', 'Finnish Minister of Defense', 'Antti Kaikkonen', 'Minister Kaikkonen', '2019-06-06', '2023-06-19'),
  p('fi', 'Finnish Minister of Defense', 'Antti Häkkänen', 'Minister Häkkänen', '2023-06-20', '2025-12-31'),
  p('ee', 'Estonian Minister of Defense', 'Hanno Pevkur', 'Minister Pevkur', '2022-07-18', '2025-12-31'),
  p('lt', 'Lithuanian Minister of National Defense', 'Arvydas Anušauskas', 'Minister Anušauskas', '2020-12-11', '2024-04-01'),
  p('lv', 'Latvian Minister of Defense', 'Artis Pabriks', 'Minister Pabriks', '2019-01-23', '2022-12-13'),
  p('ro', 'Romanian Minister of National Defense', 'Angel Tîlvăr', 'Minister Tîlvăr', '2023-06-15', '2025-12-31'),
  p('gr', 'Greek Minister of National Defense', 'Nikos Dendias', 'Minister Dendias', '2023-06-27', '2025-12-31'),
  p('es', 'Spanish Minister of Defense', 'Margarita Robles', 'Minister Robles', '2018-06-07', '2025-12-31'),
  p('cn', "People's Republic of China (PRC) Minister of National Defense", 'Liang Guanglie', 'Minister Liang', '2010-01-01', '2013-03-16'),
  p('cn', "People's Republic of China (PRC) Minister of National Defense", 'Chang Wanquan', 'Minister Chang', '2013-03-17', '2018-03-18'),
  p('cn', 'PRC Minister of National Defense', 'Wei Fenghe', 'Minister Wei', '2018-03-19', '2023-03-11'),
  p('cn', 'PRC Minister of National Defense', 'Li Shangfu', 'Minister Li', '2023-03-12', '2023-10-24'),
  p('cn', 'PRC Minister of National Defense', 'Dong Jun', 'Minister Dong', '2023-12-29', '2025-12-31'),
  p('th', 'Thai Deputy Prime Minister and Minister of Defense', 'Prawit Wongsuwan', 'Deputy Prime Minister Prawit', '2014-08-30', '2019-07-10'),
  p('th', 'Thai Minister of Defense', 'Sutin Klungsang', 'Minister Sutin', '2023-09-01', '2024-09-03'),
  p('my', 'Malaysian Minister of Defence', 'Hishammuddin Hussein', 'Minister Hishammuddin', '2013-05-16', '2018-05-10'),
  p('my', 'Malaysian Minister of Defence', 'Mohamad Hasan', 'Minister Mohamad', '2022-12-03', '2023-12-12'),
  p('nz', 'New Zealand Minister of Defence', 'Ron Mark', 'Minister Mark', '2017-10-26', '2020-11-06'),
  p('nz', 'New Zealand Minister of Defence', 'Judith Collins', 'Minister Collins', '2023-11-27', '2025-12-31'),
  p('mn', 'Mongolian Minister of Defense', 'Gursed Saikhanbayar', 'Minister Saikhanbayar', '2022-01-27', '2024-07-10'),
  p('qa', 'Qatari Deputy Prime Minister and Minister of State for Defense Affairs', 'Khalid bin Mohammad Al Attiyah', 'Minister Al Attiyah', '2016-01-27', '2024-03-07'),
  p('ae', 'United Arab Emirates Minister of State for Defense Affairs', 'Mohammed bin Ahmed Al Bowardi', 'Minister Al Bowardi', '2016-02-10', '2025-12-31'),
  p('jo', 'Jordanian Chairman of the Joint Chiefs of Staff Maj. Gen.', 'Yousef Huneiti', 'Maj. Gen. Huneiti', '2019-07-01', '2025-12-31'),
  p('eg', 'Egyptian Minister of Defense', 'Mohamed Zaki', 'Minister Zaki', '2018-06-14', '2024-07-03'),
  p('iq', 'Iraqi Minister of Defense', 'Khalid al-Obeidi', 'Minister al-Obeidi', '2014-10-18', '2016-08-25'),
  p('iq', 'Iraqi Minister of Defense', 'Juma Inad Saadoun', 'Minister Saadoun', '2020-05-06', '2022-10-26'),
  p('iq', 'Iraqi Minister of Defense', 'Thabet al-Abbasi', 'Minister al-Abbasi', '2022-10-27', '2025-12-31'),
  p('af', 'Afghan Minister of Defense', 'Bismillah Khan Mohammadi', 'Minister Mohammadi', '2012-08-04', '2015-01-12'),
  p('af', 'Afghan Minister of Defense', 'Asadullah Khalid', 'Minister Khalid', '2019-12-01', '2021-03-19'),
  p('pk', 'Pakistani Minister of Defence', 'Khawaja Muhammad Asif', 'Minister Asif', '2022-04-19', '2025-12-31'),
  p('ge', 'Georgian Minister of Defense', 'Juansher Burchuladze', 'Minister Burchuladze', '2021-02-22', '2024-02-08'),
  p('ke', 'Kenyan Cabinet Secretary for Defence', 'Aden Duale', 'Cabinet Secretary Duale', '2022-10-27', '2024-07-11'),
  p('dj', 'Djiboutian Minister of Defense', 'Hassan Omar Mohamed Bourhan', 'Minister Bourhan', '2019-05-05', '2025-12-31'),
  p('ma', 'Moroccan Minister Delegate for National Defense Administration', 'Abdellatif Loudiyi', 'Minister Loudiyi', '2010-01-01', '2025-12-31'),
  p('co', 'Colombian Minister of Defense', 'Diego Molano', 'Minister Molano', '2021-02-08', '2022-08-07'),
  p('br', 'Brazilian Minister of Defense', 'José Múcio Monteiro', 'Minister Múcio', '2023-01-01', '2025-12-31'),
  p('mx', 'Mexican Secretary of National Defense', 'Luis Cresencio Sandoval', 'Secretary Sandoval', '2018-12-01', '2024-09-30'),
  p('pg', 'Papua New Guinea Minister for Defence', 'Win Bakri Daki', 'Minister Daki', '2022-08-23', '2025-12-31'),
  p('pw', 'Palauan President', 'Surangel Whipps Jr.', 'President Whipps', '2021-01-21', '2025-12-31'),
  p('fj', 'Fijian Minister for Home Affairs and Immigration', 'Pio Tikoduadua', 'Minister Tikoduadua', '2023-01-01', '2025-12-31'),
  p('dk', 'Danish Minister of Defense', 'Troels Lund Poulsen', 'Minister Poulsen', '2023-02-01', '2025-12-31'),
  p('cz', 'Czech Minister of Defense', 'Jana Černochová', 'Minister Černochová', '2021-12-17', '2025-12-17'),
];

/** Meeting venues besides the Pentagon and the counterpart's capital. */
// biome-ignore format: a packed table reads better than one entry a line
export const VENUES: readonly { where: string; from: number; to: number; regions: Region[] }[] = [
  { where: 'on the sidelines of the Shangri-La Dialogue in Singapore', from: 2010, to: 2025, regions: ['indopac', 'seasia', 'oceania', 'japan', 'korea', 'china', 'southasia'] },
  { where: 'on the sidelines of the NATO Defence Ministerial in Brussels', from: 2010, to: 2025, regions: ['europe', 'ukraine'] },
  { where: 'on the margins of the Munich Security Conference', from: 2010, to: 2025, regions: ['europe', 'ukraine', 'mideast'] },
  { where: 'at the Halifax International Security Forum', from: 2010, to: 2025, regions: ['americas', 'europe'] },
  { where: 'at the Reagan National Defense Forum in Simi Valley, California', from: 2013, to: 2025, regions: ['global'] },
  { where: 'on the sidelines of the ASEAN Defense Ministers’ Meeting-Plus in Kuala Lumpur', from: 2010, to: 2025, regions: ['seasia', 'indopac', 'china', 'japan', 'korea', 'oceania'] },
  { where: 'on the sidelines of the Ukraine Defense Contact Group meeting at Ramstein Air Base, Germany', from: 2022, to: 2025, regions: ['ukraine', 'europe'] },
  { where: 'in Guam', from: 2010, to: 2025, regions: ['japan', 'indopac', 'oceania'] },
  { where: 'in Honolulu', from: 2010, to: 2025, regions: ['indopac', 'japan', 'korea', 'oceania', 'seasia'] },
  { where: 'at Camp H.M. Smith, Hawaii', from: 2010, to: 2025, regions: ['indopac', 'oceania'] },
  { where: 'at the Manama Dialogue in Bahrain', from: 2010, to: 2025, regions: ['mideast'] },
  { where: 'at the NATO Summit in Vilnius', from: 2023, to: 2023, regions: ['europe', 'ukraine'] },
  { where: 'at the NATO Summit in Madrid', from: 2022, to: 2022, regions: ['europe', 'ukraine'] },
  { where: 'at the NATO Summit in Washington', from: 2024, to: 2024, regions: ['europe', 'ukraine'] },
  { where: 'at the United Nations General Assembly in New York', from: 2010, to: 2025, regions: ['global'] },
  { where: 'at Joint Base Pearl Harbor-Hickam', from: 2010, to: 2025, regions: ['indopac'] },
  { where: 'aboard USS Ronald Reagan in Yokosuka', from: 2015, to: 2024, regions: ['japan'] },
  { where: 'at Andersen Air Force Base, Guam', from: 2010, to: 2025, regions: ['indopac', 'oceania', 'japan'] },
  { where: 'at Fort Bragg, North Carolina', from: 2010, to: 2022, regions: ['global'] },
  { where: 'at Naval Station Norfolk', from: 2010, to: 2025, regions: ['europe', 'global'] },
];

export interface Topic {
  /** Ways readouts write it; [0] is the usual one. Alias forms are mixed in. */
  forms: string[];
  regions: Region[];
  from: number;
  to: number;
}

const t = (regions: Region[] | Region, years: string, ...forms: string[]): Topic => {
  const [from, to] = years ? years.split('-').map(Number) : [2010, 2025];
  return { forms, regions: Array.isArray(regions) ? regions : [regions], from: from ?? 2010, to: to ?? from ?? 2025 };
};

// biome-ignore format: a packed table reads better than one entry a line
export const TOPICS: readonly Topic[] = [
  t(['korea', 'japan', 'indopac'], '', "North Korea's ballistic missile launches", "the DPRK's ballistic missile launches", "the Democratic People's Republic of Korea's (DPRK) unlawful ballistic missile launches", "North Korea's nuclear and missile programs", 'the DPRK’s provocations'),
  t(['korea', 'japan'], '', 'the complete denuclearization of the Korean Peninsula', 'the denuclearization of North Korea', 'the complete, verifiable, and irreversible dismantlement of the DPRK’s weapons programs'),
  t(['korea', 'japan'], '2010-2011', 'the sinking of the ROK Navy ship Cheonan', 'the Cheonan attack'),
  t(['korea'], '2010-2011', 'the North Korean shelling of Yeonpyeong Island', 'the Yeonpyeong Island attack'),
  t(['korea'], '', 'wartime operational control (OPCON) transition', 'the transition of wartime OPCON', 'OPCON transition'),
  t(['korea'], '', 'the United Nations Command', 'the UN Command'),
  t(['korea'], '', 'U.S. Forces Korea (USFK)', 'USFK', 'the stationing of U.S. Forces Korea'),
  t(['korea'], '', 'the relocation of U.S. forces to Camp Humphreys', 'Camp Humphreys'),
  t(['korea'], '2016-2025', 'the deployment of the Terminal High Altitude Area Defense (THAAD) battery', 'THAAD', 'the THAAD deployment'),
  t(['korea', 'japan'], '', 'trilateral cooperation among the United States, Japan, and the Republic of Korea', 'U.S.-Japan-ROK trilateral cooperation', 'trilateral security cooperation'),
  t(['korea', 'japan'], '2016-2025', 'the General Security of Military Information Agreement (GSOMIA)', 'GSOMIA'),
  t(['korea'], '', 'the Special Measures Agreement (SMA)', 'the SMA negotiations', 'host nation support'),
  t(['korea'], '', 'combined exercises on the Korean Peninsula', 'Ulchi Freedom Shield', 'the Key Resolve exercise'),
  t(['korea', 'japan'], '2023-2025', 'the Nuclear Consultative Group', 'the Washington Declaration'),
  t(['korea', 'japan', 'indopac'], '', 'extended deterrence', 'the U.S. extended deterrence commitment', 'the extended deterrence dialogue'),
  t(['korea', 'japan'], '', 'Kim Jong Un', 'Chairman Kim', 'Kim Jong-un'),
  t('japan', '', 'the Futenma Replacement Facility', 'the FRF', 'the relocation of Marine Corps Air Station Futenma', 'the Futenma Replacement Facility at Henoko'),
  t('japan', '2019-2025', 'Mageshima', 'the Mageshima facility', 'field carrier landing practice on Mageshima'),
  t('japan', '', 'the realignment of U.S. forces in Japan', 'the relocation of Marines from Okinawa to Guam', 'the Guam relocation'),
  t('japan', '', 'the reduction of the impact of U.S. forces on Okinawa', 'the Okinawa consolidation plan'),
  t('japan', '', 'host nation support', 'the Special Measures Agreement for Japan', 'Host Nation Support'),
  t('japan', '2011-2012', 'Operation Tomodachi', 'the Great East Japan Earthquake', 'the Fukushima Daiichi nuclear disaster'),
  t('japan', '2017-2020', 'Aegis Ashore', 'the Aegis Ashore program'),
  t('japan', '2021-2025', 'the Aegis System Equipped Vessels (ASEV)', 'ASEV'),
  t('japan', '2022-2025', "Japan's National Security Strategy", 'counterstrike capabilities', "Japan's counterstrike capabilities"),
  t('japan', '2023-2025', 'the upgrade of U.S. Forces Japan into a joint force headquarters', 'the USFJ command and control upgrade', 'Japan Joint Operations Command'),
  t('japan', '2023-2025', 'the 12th Marine Littoral Regiment', 'the Marine Corps Littoral Regiment'),
  t('japan', '2023-2024', 'the CV-22 Osprey crash off Yakushima', 'the Osprey mishap near Yakushima'),
  t(['japan', 'indopac'], '', 'the MV-22 Osprey', 'Osprey operations', 'the Osprey deployment'),
  t(['japan', 'china'], '', 'the East China Sea', 'the Senkaku Islands', 'the Senkakus'),
  t(['japan', 'indopac', 'korea'], '', 'the SM-3 Block IIA interceptor', 'SM-3 Block IIA co-development'),
  t(['japan', 'indopac'], '', 'the Japan Self-Defense Forces', 'the JSDF'),
  t(['japan', 'indopac'], '2022-2025', 'co-production of air-to-air missiles', 'co-production of munitions'),
  t(['seasia', 'china', 'indopac', 'japan', 'oceania'], '', 'the South China Sea', 'freedom of navigation in the South China Sea', 'the situation in the South China Sea'),
  t(['seasia', 'china'], '2013-2025', 'the Second Thomas Shoal', 'PRC coercion at the Second Thomas Shoal', 'Ayungin Shoal', 'the resupply mission to the BRP Sierra Madre'),
  t('seasia', '2012-2025', 'Scarborough Shoal', 'the standoff at Scarborough Shoal'),
  t('seasia', '2014-2025', 'the Enhanced Defense Cooperation Agreement (EDCA)', 'EDCA', 'the new EDCA sites'),
  t('seasia', '', 'the Balikatan exercise', 'Exercise Balikatan', 'Balikatan'),
  t('seasia', '', 'the Philippine Coast Guard', 'maritime domain awareness'),
  t('seasia', '', 'the Mutual Defense Treaty', 'Article IV of the 1951 U.S.-Philippines Mutual Defense Treaty'),
  t('seasia', '2017-2017', 'the siege of Marawi', 'the liberation of Marawi'),
  t('seasia', '', 'legacy of war issues', 'dioxin remediation at Bien Hoa Air Base', 'the accounting for U.S. personnel missing from the Vietnam War'),
  t('seasia', '', 'unexploded ordnance', 'the clearance of unexploded ordnance'),
  t('seasia', '', 'the Mekong region', 'Mekong water security'),
  t('seasia', '', 'Exercise Cobra Gold', 'Cobra Gold'),
  t(['seasia', 'indopac'], '', 'the ASEAN Defense Ministers’ Meeting-Plus (ADMM-Plus)', 'ASEAN centrality', 'the ADMM-Plus'),
  t(['seasia', 'oceania', 'indopac'], '', 'illegal, unreported, and unregulated (IUU) fishing', 'IUU fishing'),
  t(['seasia', 'indopac'], '', 'the Shangri-La Dialogue'),
  t(['oceania', 'indopac'], '2021-2025', 'AUKUS', 'the AUKUS partnership', 'nuclear-powered submarines under AUKUS', 'AUKUS Pillar II'),
  t('oceania', '', 'Talisman Sabre', 'Exercise Talisman Sabre'),
  t('oceania', '', 'the Australia-United States Ministerial Consultations (AUSMIN)', 'AUSMIN'),
  t('oceania', '', 'the U.S. Force Posture Initiatives in Australia', 'the Marine Rotational Force-Darwin', 'enhanced air cooperation'),
  t('oceania', '', 'the Pacific Islands', 'the Compacts of Free Association', 'Pacific Island countries'),
  t('oceania', '2022-2025', 'the Defense Cooperation Agreement with Papua New Guinea', 'Lombrum Naval Base'),
  t('oceania', '2022-2025', 'the Solomon Islands', 'the PRC security agreement with the Solomon Islands'),
  t(['oceania', 'seasia', 'indopac'], '', 'humanitarian assistance and disaster relief', 'HA/DR cooperation', 'disaster response'),
  t(['indopac', 'japan', 'korea', 'oceania', 'seasia', 'southasia'], '2017-2025', 'a free and open Indo-Pacific', 'the Indo-Pacific', 'the Indo Pacific region'),
  t(['indopac', 'southasia', 'japan', 'oceania'], '2017-2025', 'the Quad', 'the Quadrilateral Security Dialogue'),
  t(['indopac', 'china', 'seasia', 'japan'], '', 'peace and stability across the Taiwan Strait', 'Taiwan', 'the Taiwan Strait'),
  t(['indopac', 'china', 'japan', 'seasia', 'oceania'], '2018-2025', "the PRC's coercive and aggressive behavior", "the People's Liberation Army (PLA)", "the PLA's unsafe intercepts", "China's provocative actions"),
  t(['indopac', 'china'], '', 'military-to-military communication', 'crisis communication channels', 'open lines of communication'),
  t(['indopac', 'global'], '2021-2025', 'integrated deterrence', 'the PRC as the pacing challenge'),
  t(['indopac', 'japan', 'korea', 'global'], '', 'integrated air and missile defense (IAMD)', 'IAMD', 'air and missile defense'),
  t(['indopac', 'oceania', 'japan'], '', 'the defense of Guam', 'the Guam Defense System'),
  t(['indopac', 'global'], '2019-2025', 'space cooperation', 'space domain awareness', 'the U.S. Space Force'),
  t(['indopac', 'global'], '', 'RIMPAC', 'the Rim of the Pacific exercise'),
  t(['indopac', 'japan', 'global'], '', 'the F-35', 'F-35 procurement', 'the Joint Strike Fighter', 'the F-35 Lightning II'),
  t('southasia', '2016-2025', 'the Major Defense Partnership', 'the U.S.-India Major Defense Partnership'),
  t('southasia', '2018-2020', 'the Communications Compatibility and Security Agreement (COMCASA)', 'COMCASA', 'the Basic Exchange and Cooperation Agreement (BECA)'),
  t('southasia', '2020-2025', 'the Line of Actual Control', 'the China-India border'),
  t('southasia', '', 'the Malabar exercise', 'Exercise Malabar'),
  t('southasia', '2012-2025', 'the Defense Technology and Trade Initiative (DTTI)', 'DTTI', 'jet engine co-production'),
  t('southasia', '2010-2021', 'Afghanistan', 'the NATO-led Resolute Support Mission', 'the Afghan National Defense and Security Forces'),
  t('southasia', '2021-2021', 'the evacuation from Kabul', 'Hamid Karzai International Airport', 'the drawdown from Afghanistan'),
  t('southasia', '', 'counterterrorism cooperation in South Asia', 'regional counterterrorism efforts'),
  t(['ukraine', 'europe'], '2014-2025', "Russia's illegal annexation of Crimea", 'Crimea', 'the conflict in eastern Ukraine'),
  t(['ukraine', 'europe'], '2022-2025', "Russia's unprovoked invasion of Ukraine", "Russia's premeditated and unprovoked war against Ukraine", "Russia's war of aggression"),
  t(['ukraine', 'europe'], '2014-2025', 'security assistance to Ukraine', 'U.S. security assistance to Ukraine', 'the Ukraine Security Assistance Initiative'),
  t(['ukraine', 'europe'], '2022-2025', 'the Ukraine Defense Contact Group', 'the UDCG'),
  t(['ukraine', 'europe'], '2022-2025', 'air defense capabilities for Ukraine', 'Patriot air defense systems', 'ground-based air defense'),
  t(['ukraine', 'europe'], '2022-2025', 'HIMARS', 'the High Mobility Artillery Rocket System'),
  t(['ukraine', 'europe'], '2022-2025', 'artillery ammunition production', 'the production of 155mm artillery ammunition'),
  t(['ukraine', 'europe'], '2022-2025', 'F-16 training for Ukrainian pilots', 'the F-16 coalition'),
  t(['ukraine', 'europe'], '', 'the Black Sea', 'Black Sea security'),
  t(['ukraine', 'europe'], '2022-2023', 'the Wagner Group', 'Wagner'),
  t(['ukraine', 'europe'], '2020-2025', 'Belarus'),
  t(['ukraine', 'europe'], '2022-2025', 'Moldova'),
  t('europe', '', "NATO's eastern flank", "NATO's deterrence and defense posture", 'the Alliance’s eastern flank'),
  t('europe', '', 'the two percent defense spending pledge', 'defense spending', 'burden sharing'),
  t('europe', '2014-2025', 'the European Deterrence Initiative', 'the European Reassurance Initiative'),
  t('europe', '2022-2024', "Finland and Sweden's NATO accession", 'NATO enlargement'),
  t('europe', '', 'the Arctic', 'security in the High North'),
  t('europe', '', 'the Baltic Sea', 'the Baltic region', 'Baltic security'),
  t('europe', '', 'the Western Balkans', 'Kosovo', 'the KFOR mission'),
  t('europe', '', 'the NATO Summit', 'the upcoming NATO Summit'),
  t('europe', '2016-2025', 'the enhanced Forward Presence', 'NATO’s enhanced Forward Presence battlegroups'),
  t('europe', '', 'the Mediterranean', 'the U.S. Sixth Fleet'),
  t(['europe', 'ukraine'], '2022-2025', 'the Nord Stream pipeline sabotage', 'critical undersea infrastructure'),
  t(['europe', 'global'], '2019-2025', 'secure 5G networks', 'Huawei', 'trusted telecommunications vendors'),
  t(['mideast', 'global'], '2014-2019', 'ISIS', 'the campaign to defeat ISIS', 'ISIL', 'the Global Coalition to Defeat ISIS', 'the Islamic State'),
  t('mideast', '2014-2025', 'Operation Inherent Resolve', 'the D-ISIS mission'),
  t('mideast', '', 'Iraq', 'the Iraqi Security Forces', 'the future of the coalition mission in Iraq'),
  t('mideast', '', 'Syria', 'the Syrian civil war', 'the Syrian Democratic Forces'),
  t('mideast', '', "Iran's destabilizing activities", "Iran's ballistic missile program", "the Islamic Revolutionary Guard Corps (IRGC)"),
  t('mideast', '2015-2018', 'the Joint Comprehensive Plan of Action (JCPOA)', 'the Iran nuclear deal', 'JCPOA'),
  t('mideast', '2020-2020', 'the death of Qasem Soleimani', 'Qasem Soleimani'),
  t('mideast', '2023-2025', 'the Houthis', 'Houthi attacks on commercial shipping in the Red Sea', 'Operation Prosperity Guardian'),
  t('mideast', '2023-2025', 'Gaza', 'the Israel-Hamas conflict', 'humanitarian assistance to Gaza', 'the hostages held by Hamas'),
  t('mideast', '', 'Hezbollah', 'Lebanese Hezbollah'),
  t('mideast', '', "Israel's qualitative military edge", 'QME'),
  t('mideast', '2020-2025', 'the Abraham Accords'),
  t('mideast', '', 'the Iron Dome', 'Iron Dome'),
  t('mideast', '', 'Yemen', 'the conflict in Yemen'),
  t('mideast', '', 'the Lebanese Armed Forces', 'the LAF'),
  t('mideast', '', "Jordan's border security", 'the security of Jordan’s border'),
  t('mideast', '', 'the Gulf Cooperation Council (GCC)', 'GCC integration'),
  t('mideast', '', 'Al Udeid Air Base', 'the Combined Air Operations Center'),
  t('mideast', '', 'the Strait of Hormuz', 'freedom of navigation in the Strait of Hormuz'),
  t('mideast', '', 'the Bab el-Mandeb Strait'),
  t('africa', '', 'the Sahel', 'violent extremist organizations in the Sahel'),
  t('africa', '', 'al-Shabaab', 'Somalia', 'the African Union Mission in Somalia (AMISOM)'),
  t('africa', '', 'Boko Haram', 'the Lake Chad Basin'),
  t('africa', '', 'piracy off the Horn of Africa', 'the Gulf of Aden'),
  t('africa', '', 'Libya', 'the situation in Libya'),
  t('africa', '2014-2015', 'the Ebola outbreak in West Africa', 'Ebola', 'Operation United Assistance'),
  t('africa', '', 'Camp Lemonnier', 'U.S. Africa Command (AFRICOM)', 'AFRICOM'),
  t('africa', '', 'peacekeeping', 'African peacekeeping capacity'),
  t('americas', '', 'transnational criminal organizations', 'counternarcotics cooperation'),
  t('americas', '', 'NORAD modernization', 'the North American Aerospace Defense Command (NORAD)', 'NORAD'),
  t('americas', '2023-2025', 'Haiti', 'the Multinational Security Support mission in Haiti'),
  t('americas', '', 'the Western Hemisphere', 'hemispheric security'),
  t('global', '2020-2022', 'COVID-19', 'the coronavirus pandemic', 'COVID-19 vaccine distribution', 'the COVID-19 pandemic'),
  t('global', '', 'cyber threats', 'cybersecurity cooperation', 'cyber defense', 'malicious cyber activity'),
  t('global', '2014-2025', 'climate change', 'the security implications of climate change', 'climate security'),
  t('global', '', 'counterterrorism cooperation', 'counterterrorism'),
  t('global', '', 'maritime security', 'maritime security cooperation'),
  t('global', '', 'defense industrial cooperation', 'defense industrial base cooperation', 'supply chain resilience'),
  t('global', '', 'foreign military sales', 'the foreign military sales process', 'FMS'),
  t('global', '2018-2025', 'hypersonic weapons', 'hypersonic missile defense', 'counter-hypersonic capabilities'),
  t('global', '2019-2025', 'artificial intelligence', 'the responsible military use of artificial intelligence', 'AI'),
  t('global', '2023-2025', 'the Replicator initiative', 'uncrewed systems', 'drones'),
  t('global', '', 'counter-unmanned aircraft systems', 'counter-drone capabilities'),
  t('global', '2020-2025', 'critical minerals', 'semiconductors', 'export controls'),
  t('global', '', 'interoperability', 'joint training', 'readiness'),
  t('global', '', 'the National Defense Strategy', 'the defense budget'),
  t('global', '', 'the Nuclear Posture Review', 'nuclear deterrence', 'strategic stability'),
  t('global', '', 'the Missile Defense Review', 'missile defense'),
  t('global', '2017-2025', 'women, peace and security', 'the Women, Peace and Security agenda'),
  t('global', '', 'the Defense POW/MIA Accounting Agency (DPAA)', 'recovering the remains of U.S. service members', 'DPAA'),
  t('global', '', 'wildfires', 'disaster relief'),
  t('global', '', 'weapons of mass destruction', 'WMD', 'counterproliferation'),
  t('global', '2025-2025', 'the Golden Dome for America', 'Golden Dome', 'homeland missile defense'),
  t('global', '', 'military medicine', 'military health cooperation'),
  t('global', '', 'professional military education', 'military education exchanges'),
  t('global', '', 'defense institution building', 'defense reform'),
  t('global', '', 'intelligence, surveillance, and reconnaissance (ISR)', 'ISR'),
  t('global', '', 'the Law of Armed Conflict', 'international humanitarian law'),
];

// Rare names are made up from these syllables, so each occurs in one or a few readouts.

export const SYLLABLES = [
  'ka',
  'ren',
  'vo',
  'mir',
  'tal',
  'sen',
  'dra',
  'lo',
  'vik',
  'nar',
  'bel',
  'tor',
  'is',
  'an',
  'ul',
  'ma',
  'sha',
  'ron',
  'gal',
  'te',
  'zu',
  'ki',
  'mo',
  'ra',
  'den',
  'sol',
  'var',
  'quin',
  'el',
  'im',
  'bra',
  'fen',
  'gor',
  'hal',
  'jun',
  'lex',
  'ny',
  'or',
  'pa',
  'ry',
  'tesh',
  'ov',
  'ash',
  'dun',
  'vel',
  'cor',
  'mae',
  'tu',
] as const;

export const RANKS = ['Lt. Gen.', 'Maj. Gen.', 'Brig. Gen.', 'Col.', 'Lt. Col.', 'Rear Adm.', 'Vice Adm.', 'Capt.', 'Cmdr.'];
export const ENLISTED = [
  'Staff Sgt.',
  'Sgt. 1st Class',
  'Master Sgt.',
  'Petty Officer 1st Class',
  'Command Sgt. Maj.',
  'Chief Master Sgt.',
];
export const CIVILIANS = ['Ambassador', 'Dr.', 'Mr.', 'Ms.', 'Deputy Assistant Secretary'];
export const UNITS = [
  'Brigade',
  'Air Wing',
  'Expeditionary Strike Group',
  'Task Force',
  'Logistics Regiment',
  'Engineer Battalion',
  'Signal Command',
];
export const FACILITIES = ['Naval Station', 'Air Base', 'Training Area', 'Range Complex', 'Logistics Hub', 'Barracks'];
export const EXERCISE_NOUNS = ['Shield', 'Sentinel', 'Dawn', 'Resolve', 'Horizon', 'Trident', 'Thunder', 'Guardian'];
export const ORDINALS = ['1st', '2nd', '3rd', '4th', '5th', '7th', '9th', '11th', '12th', '15th', '25th', '31st'];
