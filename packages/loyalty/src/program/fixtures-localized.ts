import type { LoyaltyProgramConfig } from './types'

/**
 * The sample program's shop content (reward and tier names) as a German, Chinese or Romanian
 * shop would write it, so the stories show one language at a time. The kit never translates
 * these: they are the shop's data.
 */
const names: Record<string, Record<string, string>> = {
  de: {
    'free-shipping': 'Kostenloser Versand für Ihre nächste Bestellung',
    'five-off': '5 € Rabatt auf Ihre nächste Bestellung',
    'welcome-tote': 'Tragetasche aus Bio-Baumwolle',
    'fifteen-off': '15 € Rabatt auf Ihre nächste Bestellung',
    'early-access': 'Früher Zugang zum Winterschlussverkauf',
    bronze: 'Bronze',
    silver: 'Silber',
    gold: 'Gold',
    platinum: 'Platin',
  },
  'zh-CN': {
    'free-shipping': '下次订单免运费',
    'five-off': '下次订单立减 5 欧元',
    'welcome-tote': '有机棉手提袋',
    'fifteen-off': '下次订单立减 15 欧元',
    'early-access': '抢先参加冬季特卖',
    bronze: '铜卡',
    silver: '银卡',
    gold: '金卡',
    platinum: '白金卡',
  },
  ro: {
    'free-shipping': 'Livrare gratuită la următoarea comandă',
    'five-off': 'Reducere de 5 € la următoarea comandă',
    'welcome-tote': 'Sacoșă din bumbac organic',
    'fifteen-off': 'Reducere de 15 € la următoarea comandă',
    'early-access': 'Acces anticipat la reducerile de iarnă',
    bronze: 'Bronz',
    silver: 'Argint',
    gold: 'Aur',
    platinum: 'Platină',
  },
}

/** The program with its reward and tier names in `locale` (unchanged for English or an unknown id). */
export function localizedProgram(program: LoyaltyProgramConfig, locale: string): LoyaltyProgramConfig {
  const local = names[locale]
  if (!local) return program
  return {
    ...program,
    tiers: program.tiers.map((tier) => ({ ...tier, name: local[tier.id] ?? tier.name })),
    rewards: program.rewards.map((reward) => ({ ...reward, name: local[reward.id] ?? reward.name })),
  }
}
