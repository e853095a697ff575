import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../test/data.js';
import { readSipriRegister } from '../sources/sipri-register.js';
import { categorize, categorizeAll, categorizeLabel } from './categories.js';
import { WEAPON_ABBREVIATIONS } from './weapon-abbreviations.js';

// Every abbreviated `Weapon description` of the 2024 register in SIPRI's long label style, written
// out from SIPRI's list of abbreviations (a fixture: not generated from weapon-abbreviations.ts).
const LONG_LABELS: Record<string, string> = {
  'AA gun': 'anti-aircraft gun',
  'AA gun system': 'anti-aircraft gun system',
  'AA gun/SAM system': 'anti-aircraft gun/surface-to-air missile system',
  AALS: 'amphibious assault landing ship',
  'ABM missile': 'anti-ballistic missile',
  'ABM system': 'anti-ballistic missile system',
  'ABM/SAM system': 'anti-ballistic missile/surface-to-air missile system',
  AEV: 'armoured engineering vehicle',
  'AEV/ARV': 'armoured engineering vehicle/armoured recovery vehicle',
  'AEW aircraft': 'airborne early warning aircraft',
  'AEW helicopter': 'airborne early warning helicopter',
  'AEW radar': 'airborne early warning radar',
  'AEW&C aircraft': 'airborne early warning and control aircraft',
  'AEW/AGS aircraft': 'airborne early warning/ground surveillance aircraft',
  AFSV: 'armoured fire support vehicle',
  'AGS aircraft': 'airborne ground surveillance aircraft',
  'AGS radar': 'airborne ground surveillance radar',
  'AGS/MP aircraft radar': 'ground surveillance/maritime patrol aircraft radar',
  'AGS/SIGINT system': 'airborne ground surveillance/signals intelligence system',
  'AIP engine': 'air-independent propulsion engine',
  ALV: 'armoured logistics vehicle',
  AMV: 'armoured modular vehicle',
  APC: 'armoured personnel carrier',
  'APC turret': 'armoured personnel carrier turret',
  'APC/APV': 'armoured personnel carrier/armoured personnel vehicle',
  'APC/CP': 'armoured personnel carrier/command post',
  'APC/IFV': 'armoured personnel carrier/infantry fighting vehicle',
  APV: 'armoured personnel vehicle',
  ARV: 'armoured recovery vehicle',
  ASM: 'air-to-surface missile',
  'ASW Helicopter': 'anti-submarine warfare helicopter',
  'ASW MRL': 'anti-submarine warfare multiple rocket launcher',
  'ASW aircraft': 'anti-submarine warfare aircraft',
  'ASW helicopter': 'anti-submarine warfare helicopter',
  'ASW missile': 'anti-submarine warfare missile',
  'ASW mortar': 'anti-submarine warfare mortar',
  'ASW rocket launcher': 'anti-submarine warfare rocket launcher',
  'ASW sonar': 'anti-submarine warfare sonar',
  'ASW torpedo': 'anti-submarine warfare torpedo',
  BVRAAM: 'beyond-visual-range air-to-air missile',
  'BVRAAM/SAM': 'beyond-visual-range air-to-air missile/surface-to-air missile',
  'EO search/fire control': 'electro-optical search/fire control system',
  'EO system': 'electro-optical system',
  FAC: 'fast attack craft',
  'FGA aircraft': 'fighter/ground attack aircraft',
  'FGA/EW aircraft': 'fighter/ground attack/electronic warfare aircraft',
  IFV: 'infantry fighting vehicle',
  'IFV turret': 'infantry fighting vehicle turret',
  'IFV/AFSV': 'infantry fighting vehicle/armoured fire support vehicle',
  'MCM ship': 'mine countermeasures ship',
  'MP aircraft radar': 'maritime patrol aircraft radar',
  'Naval EO system': 'naval electro-optical system',
  OPV: 'offshore patrol vessel',
  'OPV/support ship': 'offshore patrol vessel/support ship',
  'OPV/training ship': 'offshore patrol vessel/training ship',
  'OPV/tug': 'offshore patrol vessel/tug',
  SAM: 'surface-to-air missile',
  'SAM system': 'surface-to-air missile system',
  'SAM system radar': 'surface-to-air missile system radar',
  'SAM/ABM': 'surface-to-air missile/anti-ballistic missile',
  'SIGINT aircraft': 'signals intelligence aircraft',
  'SIGINT helicopter': 'signals intelligence helicopter',
  'SIGINT ship': 'signals intelligence ship',
  'SIGINT system': 'signals intelligence system',
  SLBM: 'submarine-launched ballistic missile',
  'SPG turret': 'self-propelled gun turret',
  SRAAM: 'short-range air-to-air missile',
  SSB: 'ballistic missile submarine',
  SSM: 'surface-to-surface missile',
  'SSM TEL': 'surface-to-surface missile transporter erector launcher',
  'SSM launcher': 'surface-to-surface missile launcher',
  'SSM/ASM': 'surface-to-surface missile/air-to-surface missile',
  'SSM/anti-ship missile': 'surface-to-surface missile/anti-ship missile',
  UAV: 'unmanned aerial vehicle',
  'air/ground surv radar': 'air/ground surveillance radar',
  'aircraft EO system': 'aircraft electro-optical system',
  'aircraft EO/radar system': 'aircraft electro-optical/radar system',
  'aircraft recce system': 'aircraft reconnaissance system',
  'anti-radar missile/ASM': 'anti-radar missile/air-to-surface missile',
  'anti-ship missile/ASM': 'anti-ship missile/air-to-surface missile',
  'anti-ship missile/ASM/SAM': 'anti-ship missile/air-to-surface missile/surface-to-air missile',
  'anti-ship missile/SSM': 'anti-ship missile/surface-to-surface missile',
  'anti-ship/ASW torpedo': 'anti-ship/anti-submarine warfare torpedo',
  'anti-tank AV turret': 'anti-tank armoured vehicle turret',
  'anti-tank missile/ASM': 'anti-tank missile/air-to-surface missile',
  'armed UAV': 'armed unmanned aerial vehicle',
  'combat heli radar': 'combat helicopter radar',
  'ground surv radar': 'ground surveillance radar',
  'guided rocket/ASM': 'guided rocket/air-to-surface missile',
  'guided rocket/SSM': 'guided rocket/surface-to-surface missile',
  'icebreaker/OPV': 'icebreaker/offshore patrol vessel',
  'light aircraft/UAV': 'light aircraft/unmanned aerial vehicle',
  'maritime patrol UAV': 'maritime patrol unmanned aerial vehicle',
  'mobile SAM system': 'mobile surface-to-air missile system',
  'naval MRL': 'naval multiple rocket launcher',
  'naval SAM system': 'naval surface-to-air missile system',
  'portable SAM': 'portable surface-to-air missile',
  'recce satellite': 'reconnaissance satellite',
  'reconnaissance AV': 'reconnaissance armoured vehicle',
  'reconnaissance/SIGINT aircraft': 'reconnaissance/signals intelligence aircraft',
  'self-propelled AA gun': 'self-propelled anti-aircraft gun',
  'self-propelled AA gun turret': 'self-propelled anti-aircraft gun turret',
  'self-propelled AD system': 'self-propelled air defence system',
  'self-propelled MRL': 'self-propelled multiple rocket launcher',
  'towed MRL': 'towed multiple rocket launcher',
  'transport ac/helicopter': 'transport aircraft/helicopter',
};

// Long labels as they come with slips of the pen, British/American spelling, spacing and plurals.
const MISSPELT: Record<string, string> = {
  'armoured personel carrier': 'APC',
  'armored personnel carrier': 'APC',
  'infantry fighting vehicule': 'IFV',
  'self-propeled gun': 'self-propelled gun',
  'self propelled gun': 'self-propelled gun',
  'anti-aircarft gun': 'AA gun',
  'antiaircraft gun': 'AA gun',
  'surface-to-air missle': 'SAM',
  'surface to air missile system': 'SAM system',
  'air defense system': 'SAM system',
  'beyond visual range air-to-air missile': 'BVRAAM',
  'short-range air-to-air misile': 'SRAAM',
  'anti submarine warfare multiple rocket launcher': 'ASW MRL',
  'offshore patrol vesel': 'OPV',
  'reconnaisance aircraft': 'reconnaissance aircraft',
  'transport helicoptor': 'transport helicopter',
  'turbo-fan': 'turbofan',
  'fire-control radar': 'fire control radar',
  'frigates': 'frigate',
  'tanks': 'tank',
  'UAVs': 'UAV',
};

describe('categorize', () => {
  it.each([
    ['SRAAM', 'missiles'],
    ['BVRAAM', 'missiles'],
    ['SAM', 'missiles'],
    ['SSM', 'missiles'],
    ['ASM', 'missiles'],
    ['AShM', 'missiles'],
    ['ASW torpedo', 'missiles'],
    ['guided shell', 'missiles'],
    ['loitering munition', 'missiles'],
    ['IFV', 'armoured vehicles'],
    ['APV', 'armoured vehicles'],
    ['AEV', 'armoured vehicles'],
    ['ARV', 'armoured vehicles'],
    ['tank destroyer', 'armoured vehicles'],
    ['self-propelled gun chassis', 'armoured vehicles'],
    ['FGA aircraft', 'aircraft'],
    ['MP aircraft', 'aircraft'],
    ['ASW helicopter', 'aircraft'],
    ['tanker/transport aircraft', 'aircraft'],
    ['MRL', 'artillery'],
    ['SPG', 'artillery'],
    ['SPG turret', 'artillery'],
    ['FAC', 'ships'],
    ['OPV', 'ships'],
    ['AK', 'ships'],
    ['aircraft carrier', 'ships'],
    ['SSB', 'ships'],
    ['ASW MRL', 'naval weapons'],
    ['CIWS', 'naval weapons'],
    ['naval gun', 'naval weapons'],
    ['naval SAM system', 'naval weapons'],
    ['SAM system', 'air defence systems'],
    ['self-propelled AA gun', 'air defence systems'],
    ['AA gun/SAM system', 'air defence systems'],
    ['man-portable air defence system', 'missiles'],
    ['MANPADS', 'missiles'],
    ['SAM system radar', 'sensors'],
    ['AEW radar', 'sensors'],
    ['aircraft EO system', 'sensors'],
    ['ASW sonar', 'sensors'],
    ['turbofan', 'engines'],
    ['diesel engine', 'engines'],
    ['gas turbine', 'engines'],
    ['recce satellite', 'satellites'],
    ['communications satellite', 'satellites'],
    ['APC turret', 'other'],
    ['air refuel system', 'other'],
  ])('%s → %s', (label, category) => {
    expect(categorize(label)).toBe(category);
  });

  it('reads the last part of a label of alternatives first, then earlier parts', () => {
    expect(categorize('frigate/landing ship')).toBe('ships');
    expect(categorize('APC/CP')).toBe('armoured vehicles');
    expect(categorize('EO search/fire control')).toBe('sensors');
  });

  it('says null for what no rule knows, and never throws', () => {
    expect(categorize('')).toBeNull();
    expect(categorize('   ')).toBeNull();
    expect(categorize('rocket motor')).toBeNull();
    expect(categorize('small arms')).toBeNull();
    expect(categorize('///')).toBeNull();
  });

  it('maps each long label to the category of its abbreviation', () => {
    for (const [short, long] of Object.entries(LONG_LABELS)) {
      expect(categorize(short), short).not.toBeNull();
      expect(categorize(long), `${long} (${short})`).toBe(categorize(short));
    }
    expect(categorize('armoured patrol vehicle')).toBe(categorize('APV'));
  });

  it('forgives SIPRI’s slips of the pen', () => {
    for (const [misspelt, label] of Object.entries(MISSPELT)) {
      expect(categorize(misspelt), misspelt).toBe(categorize(label));
    }
  });

  it('has a long label for every abbreviated label of the register', () => {
    const file = 'sipri/trade-register-2024-10-13.csv';
    const labels = new Set(readSipriRegister(readDataFile(file), file).rows.map((d) => d.description));
    const abbreviated = [...labels].filter((label) =>
      label.toLowerCase().split(/[^a-z0-9&]+/).some((word) => word in WEAPON_ABBREVIATIONS),
    );
    expect(abbreviated.length).toBeGreaterThan(100);
    expect(abbreviated.filter((label) => !(label in LONG_LABELS))).toEqual([]);
  });
});

describe('categorizeLabel', () => {
  it('maps a label that differs from a known one only in hyphenation, case or plural to the same category', () => {
    for (const [variant, known] of [
      ['Anti-Ship Missiles', 'anti-ship missile'],
      ['anti ship missile', 'anti-ship missile'],
      ['SELF-PROPELLED HOWITZERS', 'self-propelled howitzer'],
      ['selfpropelled howitzer', 'self-propelled howitzer'],
      ['transport helicopters', 'transport helicopter'],
      ['Infantry Fighting Vehicles', 'infantry fighting vehicle'],
      ['patrol craft', 'patrol craft'],
    ]) {
      expect(categorizeLabel(variant), variant).toEqual({ category: categorize(known), inferred: false });
    }
  });

  it('gives an unseen label the category of its head noun, marked as inferred', () => {
    expect(categorizeLabel('quantum-guided mortar-bot vehicle')).toEqual({ category: 'armoured vehicles', inferred: false });
    expect(categorizeLabel('directed-energy system')).toEqual({ category: 'sensors', inferred: true });
    expect(categorizeLabel('hypersonic glide launcher')).toMatchObject({ inferred: true });
    expect(categorizeLabel('exoskeleton suit')?.inferred ?? null).toBe(true);
    expect(categorizeLabel('kitchen appliance')).toBeNull();
  });
});

describe('categorizeAll', () => {
  it('maps each distinct label once and lists the ones it cannot map', () => {
    const { categories, unmapped } = categorizeAll(['SAM', 'frigate', 'SAM', 'rocket motor', 'rocket motor']);
    expect(Object.fromEntries(categories)).toEqual({ SAM: 'missiles', frigate: 'ships' });
    expect(unmapped).toEqual(['rocket motor']);
  });
});
