import { httpExchange } from './backend'
import type { Sim } from './ui'

/**
 * Straight calls to the test backend, for what a test sets up or checks behind the app's back
 * (staff decisions, what was stored). The person's token is the one the app keeps in wx storage.
 */

function sessionToken(sim: Sim): string {
  const raw = sim.wx.storage.get('beian-session')
  if (typeof raw !== 'string') throw new Error('the app has not logged in yet')
  return JSON.parse(raw).state.token as string
}

export async function api<T = unknown>(sim: Sim, method: string, path: string, body?: unknown, token = sessionToken(sim)): Promise<{ status: number; body: T }> {
  const res = await httpExchange(`${sim.backend.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : Buffer.from(JSON.stringify(body)),
  })
  const text = res.body.toString('utf8')
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T }
}

/** Uploads the test photo as a material, as the person's own upload (or `token`'s). Answers the upload id. */
export async function uploadPhoto(sim: Sim, purpose: string, token = sessionToken(sim)): Promise<string> {
  return new Promise((resolve, reject) => {
    sim.wx.uploadFile({
      url: `${process.env.API_BASE ?? 'http://127.0.0.1:3000'}/api/uploads`,
      filePath: sim.wx.photoPath,
      name: 'file',
      formData: { purpose },
      header: { Authorization: `Bearer ${token}` },
      success: (res: { statusCode: number; data: string }) =>
        res.statusCode === 201 || res.statusCode === 200 ? resolve(JSON.parse(res.data).id) : reject(new Error(`upload ${res.statusCode}: ${res.data}`)),
      fail: (e: { errMsg: string }) => reject(new Error(e.errMsg)),
    })
  })
}
