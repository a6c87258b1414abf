import type { Budget, CapturedFacts, PhoneFound, TradeIn, VehicleInterest } from '../capture/facts.js';
import type { QuestionTopic, RequestKind } from './reading.js';

export type Topic = Exclude<QuestionTopic, 'other'>;
export type Confidence = 'high' | 'low';

export interface FoundMoney {
  amount: number;
  role: 'monthly' | 'down' | 'price' | 'payoff' | 'income';
  text: string;
}

/** What the rules found in a message, in the capture's own shapes (the Reading is built from it). */
export interface Found {
  vehicleWanted?: VehicleInterest;
  condition?: 'new' | 'used';
  vehicleOwned?: TradeIn;
  budget?: Budget;
  money: FoundMoney[];
  creditScore?: number;
  credit?: string;
  timeframe?: string;
  callTime?: CapturedFacts['callTime'];
  firstName?: string;
  lastName?: string;
  phones: PhoneFound[];
  emails: string[];
  yesNo?: 'yes' | 'no';
}

export type { RequestKind };
