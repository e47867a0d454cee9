// The phone view's texts in Chinese. The meeting's status, clock and notices are
// the texts every screen shares (client/i18n/meeting-texts/); the rest is the phone's own.
import { zh as zhMeeting } from '../../../i18n/meeting-texts/zh.ts';
import type { FollowMessages } from './follow-messages.ts';

const zh: FollowMessages = {
  ordinal: (n) => `第 ${n} 位`,
  ...zhMeeting,
  language: '语言',
  keepScreenOn: '保持屏幕常亮',
  onTheFloor: '正在发言',
  myDelegation: '我的代表团',
  chooseDelegation: '选择您的代表团',
  chooseHint: '以便知道何时轮到您',
  change: '更改',
  findDelegation: '查找您的代表团',
  noMatch: '名单上没有与“{query}”相符的代表团。',
  cancel: '取消',
  inLineAround: '排在{place}，约 {time}',
  inLineUnreached: '排在{place}，预计最后一场会议结束前轮不到',
  secondCall: '已被跳过一次：名单结束后再次点名',
  speakingNow: '正在发言',
  hasSpoken: '已发言',
  notOnList: '不在发言名单上',
  notOnSegmentList: '不在本环节的发言名单上',
  passedOver: '已被跳过两次：不再点名',
  turnNear: '即将轮到您：排在{place}，约 {time}。',
  turnNext: '下一位就是您，约 {time}。',
  dismiss: '关闭',
  alertMe: '前面还有两位发言者时提醒我',
  alertUnsupported: '此浏览器无法振动或通知；提醒将显示在本页上。',
  alertPageOnly: '未使用 https，浏览器不允许通知；提醒仅显示在本页上。',
  listOfSpeakers: '发言名单',
  estimatesNote: '时间为估计值，按会议室当地时间。',
  rowSpoken: '已发言',
  rowSpeaking: '正在发言',
  rowAround: '约 {time}',
  rowUnreached: '今天预计轮不到',
  rowSecondCall: '再次点名，约 {time}',
  rowPassedOver: '已跳过',
  yours: '您的代表团',
  nowSpeaking: '正在发言：{name}',
  offline: '已离线：最后更新于 {time}。计时继续；连接恢复后页面会自动更新。',
  offlineNoUpdate: '已离线。正在连接会议室…',
};

export default zh;
