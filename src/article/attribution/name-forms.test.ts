// How news prints a speaker: titles before and after the name, initials, particles, honorifics,
// a state after the name, asides between the name and the verb; bodies, outlets and texts. Each line is one general form; the
// quotation must go to the person it names.
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../pipeline.js';

const speakerOf = (body: string) => checkArticle(`A test headline\n\nAn intro sentence.\n\n${body}`, {}).quotes[0]?.speaker ?? null;

describe('speaker name forms', () => {
  const afterTheQuote: [string, string][] = [
    ['President Xi Jinping of China said “ties are strong.”', 'Xi Jinping'],
    ['Xi Jinping, the President of China, said “ties are strong.”', 'Xi Jinping'],
    ['China’s President Xi Jinping said “ties are strong.”', 'Xi Jinping'],
    ['Chinese President Xi Jinping said “ties are strong.”', 'Xi Jinping'],
    ['The President of China, Xi Jinping, said “ties are strong.”', 'Xi Jinping'],
    ['“Ties are strong,” said the President of China, Xi Jinping.', 'Xi Jinping'],
    ['“Ties are strong,” said Xi Jinping, China’s president.', 'Xi Jinping'],
    ['“Ties are strong,” said President of China Xi Jinping.', 'Xi Jinping'],
    ['“Ties are strong,” said Mr. Xi Jinping.', 'Xi Jinping'],
    ['“Ties are strong,” Chinese leader Xi Jinping told reporters.', 'Xi Jinping'],
    ['“Ties are strong,” said Minister for Foreign Affairs Penny Wong.', 'Penny Wong'],
    ['“Ties are strong,” said Foreign Affairs Minister Penny Wong.', 'Penny Wong'],
    ['“Ties are strong,” said Australia’s Minister for Foreign Affairs, Penny Wong.', 'Penny Wong'],
    ['“Ties are strong,” said External Affairs Minister S. Jaishankar.', 'Jaishankar'],
    ['“Ties are strong,” said External Affairs Minister S Jaishankar.', 'Jaishankar'],
    ['“Ties are strong,” said EAM Dr S Jaishankar.', 'Jaishankar'],
    ['“Ties are strong,” said Defence Secretary Lloyd J. Austin III.', 'Austin'],
    ['“Ties are strong,” said Gen. Charles Q. Brown Jr., chairman of the Joint Chiefs of Staff.', 'Brown'],
    ['“Ties are strong,” said Sheikh Mohamed bin Zayed Al Nahyan, the UAE president.', 'Mohamed bin Zayed'],
    ['“Ties are strong,” said HE Sheikh Abdullah bin Zayed.', 'Abdullah bin Zayed'],
    ['“Ties are strong,” said Lt-Gen Ahmed Al-Mismari.', 'Mismari'],
    ['“Ties are strong,” said Col Yasser Al-Hamadi, a spokesman for the coalition.', 'Hamadi'],
    ['“Ties are strong,” said Deputy Prime Minister and Defence Minister Richard Marles.', 'Marles'],
    ['“Ties are strong,” said Vice President Kamala Harris.', 'Harris'],
    ['“Ties are strong,” said Vice-President Kamala Harris.', 'Harris'],
    ['“Ties are strong,” said Secretary-General António Guterres.', 'Guterres'],
    ['“Ties are strong,” said UN Secretary-General Antonio Guterres.', 'Guterres'],
    ['“Ties are strong,” said NATO Secretary General Jens Stoltenberg.', 'Stoltenberg'],
    ['“Ties are strong,” said the head of the IAEA, Rafael Grossi.', 'Grossi'],
    ['“Ties are strong,” said IAEA chief Rafael Grossi.', 'Grossi'],
    ['“Ties are strong,” said Rafael Grossi, who heads the IAEA.', 'Grossi'],
    ['“Ties are strong,” said Kremlin spokesman Dmitry Peskov.', 'Peskov'],
    ['“Ties are strong,” Kremlin spokesman Dmitry Peskov told reporters.', 'Peskov'],
    ['Kremlin spokesman Dmitry Peskov told reporters that ties were “strong.”', 'Peskov'],
    ['Peskov, the Kremlin spokesman, told reporters that ties were “strong.”', 'Peskov'],
    ['“Ties are strong,” said Thai Prime Minister Srettha Thavisin.', 'Srettha'],
    ['“Ties are strong,” said Prime Minister Srettha.', 'Srettha'],
    ['“Ties are strong,” said Malaysian premier Anwar Ibrahim.', 'Anwar'],
    ['“Ties are strong,” said Anwar.', 'Anwar'],
    ['“Ties are strong,” said President Prabowo.', 'Prabowo'],
    ['“Ties are strong,” said Indonesian President Prabowo Subianto.', 'Prabowo'],
    ['“Ties are strong,” said Dr. Mahathir Mohamad.', 'Mahathir'],
    ['“Ties are strong,” said Tun Dr Mahathir Mohamad.', 'Mahathir'],
    ['“Ties are strong,” said Daw Aung San Suu Kyi.', 'Suu Kyi'],
    ['“Ties are strong,” said U Kyaw Moe Tun, Myanmar’s UN ambassador.', 'Kyaw Moe Tun'],
    ['“Ties are strong,” said Senior General Min Aung Hlaing.', 'Min Aung Hlaing'],
    ['“Ties are strong,” said Rep. Michael McCaul, R-Texas.', 'McCaul'],
    ['“Ties are strong,” said Sen. Lindsey Graham (R-SC).', 'Graham'],
    ['“Ties are strong,” said Ms. Mao Ning.', 'Mao Ning'],
    ['“Ties are strong,” said Prof. Wang Dong of Peking University.', 'Wang Dong'],
    ['“Ties are strong,” Matthew J Miller, US Special Envoy for South Asia, told the Daily Star.', 'Matthew J Miller'],
    ['“Ties are strong,” Jane Roe, UN Special Rapporteur on Myanmar, told reporters.', 'Jane Roe'],
  ];
  for (const [body, who] of afterTheQuote) {
    it(body, () => {
      expect(speakerOf(body)).toContain(who);
    });
  }

  const beforeTheVerb: [string, string][] = [
    ['HE Sheikh Abdullah bin Zayed said ties were “strong.”', 'Abdullah bin Zayed'],
    ['External Affairs Minister S. Jaishankar said ties were “strong.”', 'Jaishankar'],
    ['Lloyd J. Austin III, the defence secretary, said ties were “strong.”', 'Austin'],
    ['Gen. Charles Q. Brown Jr. told reporters that ties were “strong.”', 'Brown'],
    ['Speaking in Hanoi, Vietnamese Prime Minister Pham Minh Chinh said ties were “strong.”', 'Pham Minh Chinh'],
    ['At a news conference on Monday, Foreign Ministry spokesperson Lin Jian said ties were “strong.”', 'Lin Jian'],
    ['In an interview with CNN, President Lula said ties were “strong.”', 'Lula'],
    ['Asked about the deal, the Indonesian defence minister, Sjafrie Sjamsoeddin, said ties were “strong.”', 'Sjafrie'],
    ['Mohammed bin Salman, Saudi Arabia’s crown prince and de facto ruler, said ties were “strong.”', 'Mohammed bin Salman'],
    ['Ms Wong, who was in Beijing on Friday, said ties were “strong.”', 'Wong'],
    ['The former ambassador to Washington, Kishore Mahbubani, said ties were “strong.”', 'Mahbubani'],
    ['According to Lt. Gen. Zaw Min Tun, ties are “strong.”', 'Zaw Min Tun'],
    ['Ties are “strong,” according to a statement from President Ferdinand R. Marcos Jr.’s office.', 'office'],
    ['President Ferdinand R. Marcos Jr. said ties were “strong.”', 'Marcos'],
    ['U.S. Rep. Joe Wilson, R-S.C., said ties were “strong.”', 'Wilson'],
    ['Former Prime Minister Imran Khan’s party said ties were “strong.”', 'party'],
    ['Kazakh President Kassym-Jomart Tokayev said ties were “strong.”', 'Tokayev'],
    ['Kyrgyz President Sadyr Japarov said ties were “strong.”', 'Japarov'],
    ['Uzbek leader Shavkat Mirziyoyev said ties were “strong.”', 'Mirziyoyev'],
    ['Ethiopian Prime Minister Abiy Ahmed Ali said ties were “strong.”', 'Abiy'],
    ['Burkina Faso junta leader Captain Ibrahim Traoré said ties were “strong.”', 'Traoré'],
    ['Mali’s interim president, Colonel Assimi Goïta, said ties were “strong.”', 'Goïta'],
    ['Sudan’s army chief Gen. Abdel Fattah al-Burhan said ties were “strong.”', 'Burhan'],
    ['Turkish Defence Minister Yaşar Güler said ties were “strong.”', 'Güler'],
    ['Polish Deputy Prime Minister Władysław Kosiniak-Kamysz said ties were “strong.”', 'Kosiniak-Kamysz'],
  ];
  // An alias set off by commas (`X, known as Y, said`): the name before it speaks.
  beforeTheVerb.push(
    ['General Mohamed Hamdan Dagalo, known as Hemedti, said his forces were “ready for peace.”', 'Mohamed Hamdan Dagalo'],
    ['Abu Mohammed al-Jolani, also known as Ahmed al-Sharaa, said Syria was “tired of war.”', 'al-Jolani'],
  );
  for (const [body, who] of beforeTheVerb) {
    it(body, () => {
      expect(speakerOf(body)).toContain(who);
    });
  }

  // Honorifics and ranks of many countries before a name.
  const honorifics: [string, string][] = [
    ['“Ties are strong,” said Datuk Seri Anwar Ibrahim.', 'Anwar'],
    ['“Ties are strong,” said Tan Sri Muhyiddin Yassin.', 'Muhyiddin'],
    ['“Ties are strong,” said Shri Narendra Modi.', 'Modi'],
    ['“Ties are strong,” said Smt Nirmala Sitharaman.', 'Sitharaman'],
    ['“Ties are strong,” said Hon. James Marape.', 'Marape'],
    ['“Ties are strong,” said Mullah Abdul Ghani Baradar.', 'Baradar'],
    ['“Ties are strong,” said Maulana Fazlur Rehman.', 'Rehman'],
    ['“Ties are strong,” said Pak Prabowo.', 'Prabowo'],
    ['“Ties are strong,” said Haji Abdul Rahman.', 'Rahman'],
    ['“Ties are strong,” said Mr Modi.', 'Modi'],
    ['“Ties are strong,” said Madam Tsai Ing-wen.', 'Tsai'],
    ['“Ties are strong,” said Ms Tsai.', 'Tsai'],
    ['“Ties are strong,” said Dato’ Sri Mohamad Hasan.', 'Mohamad Hasan'],
    ['“Ties are strong,” said Excellency Sergey Lavrov.', 'Lavrov'],
    ['“Ties are strong,” said His Excellency Sheikh Tamim bin Hamad Al Thani.', 'Tamim'],
    ['“Ties are strong,” said H.E. Wang Yi.', 'Wang Yi'],
    ['“Ties are strong,” said Comrade Kim Jong Un.', 'Kim Jong Un'],
    ['“Ties are strong,” said Marshal Kim Jong Un.', 'Kim Jong Un'],
    ['“Ties are strong,” said Crown Prince Mohammed bin Salman.', 'Mohammed bin Salman'],
    ['“Ties are strong,” said Air Chief Marshal Zaheer Ahmed Babar Sidhu.', 'Sidhu'],
    ['“Ties are strong,” said Vice Admiral Hamid Reza.', 'Reza'],
    ['“Ties are strong,” said Rear Admiral John Kirby.', 'Kirby'],
    ['“Ties are strong,” said Field Marshal Asim Munir.', 'Munir'],
    ['“Ties are strong,” said Chief of Army Staff General Asim Munir.', 'Munir'],
    ['“Ties are strong,” said Lt Gen Khamliang Outhakaysone.', 'Khamliang Outhakaysone'],
    ['“Ties are strong,” said Lt-Gen Khamliang Outhakaysone.', 'Khamliang Outhakaysone'],
    ['“Ties are strong,” said Maj-Gen Zaw Min Tun.', 'Zaw Min Tun'],
  ];
  for (const [body, who] of honorifics) {
    it(body, () => {
      expect(speakerOf(body)).toContain(who);
    });
  }

  // Bodies, outlets and texts speak as themselves (a body called by its acronym keeps it).
  const bodies: [string, string][] = [
    ['China’s foreign ministry said the sale was “provocative.”', 'ministry'],
    ['The Chinese Foreign Ministry said in a statement that the sale was “provocative.”', 'Ministry'],
    ['“The sale is provocative,” the Chinese foreign ministry said.', 'ministry'],
    ['“The sale is provocative,” a foreign ministry statement said.', 'statement'],
    ['“The sale is provocative,” Beijing said.', 'Beijing'],
    ['“The sale is provocative,” the Pentagon said in a statement.', 'Pentagon'],
    ['The Pentagon called the sale “routine.”', 'Pentagon'],
    ['The US Embassy in Dhaka said the sanctions were “targeted.”', 'Embassy'],
    ['“The sanctions are targeted,” the U.S. embassy in Dhaka said.', 'embassy'],
    ['The Kremlin said the talks were “useful.”', 'Kremlin'],
    ['“The talks were useful,” the Kremlin said.', 'Kremlin'],
    ['Moscow described the talks as “useful.”', 'Moscow'],
    ['The White House said the deal was “a win.”', 'White House'],
    ['The State Department said the sale was “routine.”', 'State Department'],
    ['Russia’s defence ministry said the jets were “delivered on time.”', 'ministry'],
    ['Myanmar’s junta said the jets were “delivered on time.”', 'junta'],
    ['The junta said the jets were “delivered on time.”', 'junta'],
    ['The Tatmadaw said the jets were “delivered on time.”', 'Tatmadaw'],
    ['State media said the jets were “delivered on time.”', 'media'],
    ['The state-run Global New Light of Myanmar said the jets were “delivered on time.”', 'Global New Light of Myanmar'],
    ['Xinhua said the visit was “historic.”', 'Xinhua'],
    ['China’s official Xinhua news agency said the visit was “historic.”', 'Xinhua'],
    ['“The visit is historic,” state news agency Xinhua said.', 'Xinhua'],
    ['“The visit is historic,” Xinhua reported.', 'Xinhua'],
    ['The Russian news agency TASS quoted the minister as saying the visit was “historic.”', 'minister'],
    ['The UN Security Council said it was “deeply concerned.”', 'Security Council'],
    ['“We are deeply concerned,” the council said in a statement.', 'council'],
    ['ASEAN said in a statement that it was “deeply concerned.”', 'ASEAN'],
    ['The European Union said it was “deeply concerned.”', 'European Union'],
    ['The EU’s foreign policy chief said the bloc was “deeply concerned.”', 'chief'],
    ['NATO said the drills were “defensive.”', 'NATO'],
    ['Human Rights Watch said the strikes were “unlawful.”', 'Human Rights Watch'],
    ['Amnesty International called the strikes “unlawful.”', 'Amnesty'],
    ['The Stockholm International Peace Research Institute said exports had “fallen.”', 'Institute'],
    ['SIPRI said exports had “fallen sharply.”', 'SIPRI'],
    ['The Indian Army said the exercise was “a success.”', 'Army'],
    ['The Philippine Coast Guard said the Chinese vessels acted “dangerously.”', 'Coast Guard'],
    ['The Chinese embassy in Manila said the claims were “groundless.”', 'embassy'],
    ['Officials in Hanoi said the deal was “close.”', 'Officials'],
    ['Diplomats said the draft was “dead.”', 'Diplomats'],
  ];
  for (const [body, who] of bodies) {
    it(body, () => {
      expect(speakerOf(body)?.toLowerCase()).toContain(who.toLowerCase());
    });
  }

  // A role with its state after it (`Prime Minister X of Papua New Guinea`), then a nominal that
  // names the state another way: the same person.
  const roleThenNominal: [string, string][] = [
    ['Prime Minister James Marape of Papua New Guinea spoke on Monday.\n\nThe PNG prime minister said China was “a friend and partner.”', 'James Marape'],
    ['Prime Minister James Marape of Papua New Guinea spoke on Monday.\n\nPapua New Guinea’s prime minister said China was “a friend and partner.”', 'James Marape'],
    ['President Teodoro Obiang of Equatorial Guinea spoke on Monday.\n\nThe Equatorial Guinean president said China was “a friend and partner.”', 'Teodoro Obiang'],
  ];
  for (const [body, who] of roleThenNominal) {
    it(body, () => {
      expect(checkArticle(`A test headline\n\n${body}`, {}).quotes[0]?.speaker).toBe(who);
    });
  }
});
