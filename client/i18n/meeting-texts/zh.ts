// The texts every screen shows alike, in Chinese.
import type { MeetingTexts } from './meeting-texts.ts';

export const zh: MeetingTexts = {
  notStarted: '尚未开始',
  inSession: '会议进行中',
  suspended: '暂停',
  suspendedUntil: '暂停至 {time}',
  adjourned: '散会',
  speakerOf: '第 {n} 位发言者，共 {total} 位',
  onBehalfOf: '代表{group}',
  floorOpen: '等待下一位发言者',
  ready: '准备',
  running: '发言中',
  paused: '已暂停',
  warning: '时间即将用完',
  timeUp: '时间到',
  overtime: '已超时',
  interpretationUnavailable: '无同声传译',
  interpretationPartial: '仅提供以下语言的口译：{languages}',
  announcement: '通知',
  meetingSuspended: '会议暂停',
  willResumeAt: '将于 {time} 复会',
  meetingAdjourned: '会议结束',
  connecting: '正在连接…',
  refused: '此屏幕无法显示会议室：{reason}',
  listClosed: '发言名单已截止',
  screenError: '此屏幕出现错误。正在重新连接…',
};
