#!/usr/bin/env python3
"""An independent contact-center simulator for ccsim model files.

Written from the user documentation only (README.md, docs/MODELS.md, docs/ROUTING.md and the
comments in models/*.yaml), not from ccsim's Swift sources, to cross-check ccsim's results.

Supported: channels of every kind (voice, chat with concurrency and slowdown, social, deferred),
demand by contacts_per_day + mix + profile + weekly + day_to_day_cv, agent groups staffed by
agents/hours, shifts or a staffing table of times of day, skills in priority order with
overflow_after, routing policy longest_idle with channel_priority contact selection and the
blending rule, warm-up, customer_limit; journeys (web, retries, give-up, transfers, context loss,
resolution by group; not call-backs) and economics, from docs/MODELS.md.  Not supported (refused):
journeys.callbacks, journeys with customer_limit, calendar, forecasts, shrinkage, breaks, dated
staffing, values by day.  Journey measures the docs leave open also appear as `measure~reading`.

Usage: xsim.py MODEL.yaml [--replications N] [--seed S] [--jobs J] [--set PATH=VALUE ...] [--raw]
Prints JSON: {"channels": {ch: {measure: {"mean", "ci95"}}}, "groups": {...}}
"""
import argparse
import heapq
import json
import math
import os
import re
import sys
from collections import deque

import numpy as np
import yaml
from scipy import stats as sps
from scipy.special import gamma as gamma_fn

DAY = 86400.0
# Readings of the documentation that ccsim's numbers had to decide (see README.md here):
# LEAVE_RULE: when staffing drops, "mark" = idle agents leave at once and, for the rest, busy agents
#   are chosen at the drop and leave when they finish; "first_free" = the next agents to free up leave.
# BLEND_RULE: deferred work waits while "group" = any real-time contact of the group's skills waits;
#   "takeable" = a real-time contact the agent may take now (overflow delay passed) waits.
LEAVE_RULE = os.environ.get("XSIM_LEAVE_RULE", "mark")
BLEND_RULE = os.environ.get("XSIM_BLEND_RULE", "group")
# CHAT_RULE: "dynamic" = every session runs at 1/(1 + s(n-1)) of normal speed while the agent holds
#   n sessions (the rate changes as sessions start and end); "at_start" = a session's handle time is
#   multiplied by 1 + s(n-1) for the n sessions held when it starts, and then fixed.
CHAT_RULE = os.environ.get("XSIM_CHAT_RULE", "dynamic")
# Journeys: readings of docs/MODELS.md ("Journeys", "Economics") that the text leaves open.
# TRANSFER_CLOSED: a transfer to a closed channel "defer"s like a retry (first two hours after the
#   next opening) or "arrive"s at once (and waits for the channel's agents).
TRANSFER_CLOSED = os.environ.get("XSIM_TRANSFER_CLOSED", "defer")
# TRANSFER_AT_MAX: a transfer drawn at the journey's max_attempts-th contact: "lost" (no further
#   contact allowed) or "made" (the transfer happens anyway).
TRANSFER_AT_MAX = os.environ.get("XSIM_TRANSFER_AT_MAX", "lost")
# CONTEXT_RULE: context loss on "every_repeat" contact, or only "after_answer" (a repeat after
#   an earlier contact of the journey was answered: an abandoned caller has explained nothing).
CONTEXT_RULE = os.environ.get("XSIM_CONTEXT_RULE", "every_repeat")
# GIVEUP_ABANDONED: "1" a deferred contact given up counts in the channel's abandoned (and
#   abandon_rate, service-level denominator), "0" it does not.
GIVEUP_ABANDONED = os.environ.get("XSIM_GIVEUP_ABANDONED", "1") == "1"
# JOURNEY_WARMUP: the per-channel journey measures (and journeys.repeat_contacts) count the
#   contacts that "arrive" after the warm-up, or the contacts of the journeys that "start" after it
#   (started, resolved, lost, transfers, times and shares are always of the journeys that start
#   after it).  Both are printed; the other one as `measure~journeys_after_warmup`.
JOURNEY_WARMUP = os.environ.get("XSIM_JOURNEY_WARMUP", "arrive")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

# ---------------------------------------------------------------------------------- parsing

_UNITS = {"s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
          "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60,
          "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
          "d": 86400, "day": 86400, "days": 86400}


def duration(v):
    if isinstance(v, (int, float)):
        if v == 0:
            return 0.0
        raise ValueError(f"duration without unit: {v!r}")
    m = re.fullmatch(r"\s*([0-9.eE+-]+)\s*([a-z]+)\s*", str(v))
    if not m or m.group(2) not in _UNITS:
        raise ValueError(f"bad duration {v!r}")
    return float(m.group(1)) * _UNITS[m.group(2)]


def share(v):
    if isinstance(v, str) and v.strip().endswith("%"):
        return float(v.strip()[:-1]) / 100
    return float(v)


def service_level(v):
    m = re.fullmatch(r"\s*([0-9.]+%?)\s*(?:/|within|in)\s*(.+)", str(v))
    return share(m.group(1)), duration(m.group(2))


def clock(v):
    h, m = str(v).split(":")
    return int(h) * 3600 + int(m) * 60


def hours(v):
    a, b = str(v).split("-")
    s, e = clock(a), clock(b)
    if e <= s:
        e += DAY
    return s, e


def sampler(d):
    """A function rng -> one draw, from a DIST of docs/MODELS.md."""
    if not isinstance(d, dict):
        c = duration(d)
        return lambda rng: c
    (kind, p), = d.items()
    if kind == "exponential":
        m = duration(p["mean"])
        return lambda rng: rng.exponential(m)
    if kind == "lognormal":
        m, s = duration(p["mean"]), duration(p["sd"])
        s2 = math.log(1 + (s / m) ** 2)
        mu, sg = math.log(m) - s2 / 2, math.sqrt(s2)
        return lambda rng: rng.lognormal(mu, sg)
    if kind == "gamma":
        m, s = duration(p["mean"]), duration(p["sd"])
        k, th = (m / s) ** 2, s * s / m
        return lambda rng: rng.gamma(k, th)
    if kind == "weibull":
        m, k = duration(p["mean"]), float(p["shape"])
        lam = m / gamma_fn(1 + 1 / k)
        return lambda rng: lam * rng.weibull(k)
    if kind == "erlang":
        m, k = duration(p["mean"]), int(p["k"])
        return lambda rng: rng.gamma(k, m / k)
    if kind == "deterministic":
        c = duration(p["value"])
        return lambda rng: c
    if kind == "uniform":
        a, b = duration(p["min"]), duration(p["max"])
        return lambda rng: rng.uniform(a, b)
    raise ValueError(f"unsupported distribution {kind}")


def set_path(tree, path, value):
    keys = path.split(".")
    node = tree
    for k in keys[:-1]:
        node = node[int(k)] if isinstance(node, list) else node.setdefault(k, {})
    if value == "null" or value is None:
        node.pop(keys[-1], None)
    else:
        node[keys[-1]] = yaml.safe_load(value) if isinstance(value, str) else value


# ---------------------------------------------------------------------------------- model

class Channel:
    pass


class Group:
    pass


class Mix:
    """A destination mix {channel: share}: draw() gives a channel index."""

    def __init__(self, model, d, default):
        if not d:
            self.idx, self.cum = [default], [1.0]
            return
        self.idx = [model.ch_index[k] for k in d]
        w = np.array([share(v) for v in d.values()], dtype=float)
        self.cum = list(np.cumsum(w / w.sum()))

    def draw(self, rng):
        if len(self.idx) == 1:
            return self.idx[0]
        u = rng.random()
        for i, c in zip(self.idx, self.cum):
            if u < c:
                return i
        return self.idx[-1]


class Journeys:
    """docs/MODELS.md, "Journeys"."""

    def __init__(self, model, j):
        j = j or {}
        nch = len(model.channels)
        if j.get("callbacks"):
            raise SystemExit("xsim: journeys.callbacks are not supported")
        self.max_attempts = int(j.get("max_attempts", 5))
        self.shared = bool(j.get("shared_history", False))
        cl = j.get("context_loss") or {}
        self.same = share(cl.get("same_channel", 0))
        self.cross = share(cl.get("cross_channel", 0))
        self.drop = share(cl.get("resolution_drop", 0))
        res = j.get("resolution") or {}
        self.resolution = [share(res[ch.name]) if ch.name in res else 1.0 for ch in model.channels]
        rg = j.get("resolution_by_group") or {}
        self.by_group = [share(rg[g.name]) if g.name in rg else None for g in model.groups]
        gu = j.get("give_up") or {}
        self.give_up = [sampler(gu[ch.name]) if ch.name in gu else None for ch in model.channels]
        # retry[outcome][channel] = (probability, delay sampler, Mix) or None
        self.retry = {}
        rt = j.get("retry") or {}
        for outcome in ("abandoned", "unanswered", "unresolved"):
            rules = rt.get(outcome) or {}
            row = [None] * nch
            for name, r in rules.items():
                c = model.ch_index[name]
                row[c] = (share(r.get("probability", 1)), sampler(r.get("delay", "0s")),
                          Mix(model, r.get("to"), c))
            self.retry[outcome] = row
        self.transfers = [None] * nch
        for name, t in (j.get("transfers") or {}).items():
            c = model.ch_index[name]
            self.transfers[c] = (share(t.get("probability", 0)), Mix(model, t.get("to"), c),
                                 sampler(t.get("delay", "0s")), bool(t.get("context", False)))
        web = j.get("web")
        self.web_share = share(web.get("share", 0)) if web else 0.0
        self.web_resolves = share(web.get("resolves", 0)) if web else 0.0


class Economics:
    """docs/MODELS.md, "Economics"."""

    def __init__(self, model, e):
        cc = e.get("channel_costs") or {}
        self.per_contact = [float((cc.get(ch.name) or {}).get("per_contact", 0)) for ch in model.channels]
        self.per_minute = [float((cc.get(ch.name) or {}).get("per_minute", 0)) for ch in model.channels]
        self.customer_value = float(e.get("customer_value", 0))
        ch = e.get("churn") or {}
        self.ch_abandoned = share(ch.get("abandoned", 0))
        self.ch_unanswered = share(ch.get("unanswered", 0))
        self.ch_unresolved = share(ch.get("unresolved", 0))
        co = ch.get("contacts_over")
        self.co_count = int(co["count"]) if co else None
        self.co_churn = share(co.get("churn", 0)) if co else 0.0
        wo = ch.get("waited_over")
        self.wo_time = duration(wo["time"]) if wo else None
        self.wo_churn = share(wo.get("churn", 0)) if wo else 0.0


class Model:
    def __init__(self, path, overrides=()):
        with open(path) as f:
            tree = yaml.safe_load(f)
        for o in overrides:
            p, v = o.split("=", 1)
            set_path(tree, p, v)
        self.dir = os.path.dirname(os.path.abspath(path))
        if tree.get("calendar"):
            raise SystemExit("xsim: calendar is not supported")
        hz = tree.get("horizon", {})
        self.days = int(hz.get("days", 1))
        self.interval = duration(hz.get("interval", "30m"))
        self.per_day = int(round(DAY / self.interval))
        self.n_int = self.days * self.per_day
        self.horizon = self.days * DAY
        start = hz.get("start")
        self.start_wd = WEEKDAYS.index(start) if start in WEEKDAYS else None
        sim = tree.get("simulation", {})
        self.replications = int(sim.get("replications", 10))
        self.seed = int(sim.get("seed", 1))
        self.warmup = duration(sim.get("warmup", 0))
        self.customer_limit = sim.get("customer_limit")
        # channels
        self.channels = []
        self.ch_index = {}
        for name, c in tree["channels"].items():
            ch = Channel()
            ch.name, ch.index = name, len(self.channels)
            ch.kind = c["kind"]
            ch.realtime = ch.kind != "deferred"
            ch.chat = ch.kind == "chat"
            ch.hours = hours(c.get("hours", "00:00-24:00"))
            ch.handle = sampler(c["handle_time"])
            pt = c.get("patience")
            ch.patience = None if pt in (None, "none") else sampler(pt)
            ch.sl_share, ch.sl_time = service_level(c["service_level"])
            ch.concurrency = int(c.get("concurrency", 1)) if ch.chat else 1
            ch.slowdown = share(c.get("slowdown_per_extra_session", 0)) if ch.chat else 0.0
            ch.priority = float(c.get("priority", 0))
            self.ch_index[name] = ch.index
            self.channels.append(ch)
        self._demand(tree["demand"])
        self.policy = tree.get("routing", {}).get("policy", "longest_idle")
        self.contact_selection = tree.get("routing", {}).get("contact_selection", "channel_priority")
        if self.policy != "longest_idle" or self.contact_selection != "channel_priority":
            raise SystemExit("xsim: only longest_idle + channel_priority routing")
        self.groups = []
        for name, g in tree["agent_groups"].items():
            self.groups.append(self._group(name, g))
        self.journeys = Journeys(self, tree["journeys"]) if "journeys" in tree else None
        if self.journeys is not None and self.customer_limit is not None:
            raise SystemExit("xsim: journeys with customer_limit are not supported")
        self.economics = Economics(self, tree["economics"]) if tree.get("economics") else None

    def weekday(self, day):
        return None if self.start_wd is None else (self.start_wd + day) % 7

    def _demand(self, d):
        if "forecast" in d:
            raise SystemExit("xsim: forecasts are not supported")
        cpd = float(d["contacts_per_day"])
        mix = {k: share(v) for k, v in d["mix"].items()}
        self.day_cv = share(d.get("day_to_day_cv", 0))
        weekly = d.get("weekly", {})
        profile = d.get("profile", {})
        # expected volume per channel and interval of the horizon (before the day factor)
        self.volume = np.zeros((len(self.channels), self.n_int))
        for ch in self.channels:
            base = cpd * mix[ch.name]
            w = weekly.get(ch.name) if isinstance(weekly, dict) else weekly
            s, e = ch.hours
            weights = profile.get(ch.name)
            if weights is None:
                weights = [1.0]
            weights = np.array([float(x) for x in weights])
            part = (e - s) / len(weights)
            rate = weights / weights.sum() / part           # share of the day's volume per second
            for day in range(self.days):
                f = 1.0
                if w is not None:
                    wd = self.weekday(day)
                    if isinstance(w, list):
                        f = float(w[wd])
                    else:
                        key = WEEKDAYS[wd]
                        f = share(w.get(key, w.get(key[:3], 1)))
                vol = base * f
                for j in range(self.per_day):
                    # the interval [a, b) of the day, intersected with the open hours (and the
                    # hours shifted by a day, for hours past midnight)
                    a, b = j * self.interval, (j + 1) * self.interval
                    tot = 0.0
                    for off in (0.0, -DAY):
                        lo, hi = max(a, s + off), min(b, e + off)
                        if hi <= lo:
                            continue
                        # integrate the piecewise-constant rate over [lo, hi)
                        for k in range(len(weights)):
                            ps, pe = s + off + k * part, s + off + (k + 1) * part
                            ov = min(hi, pe) - max(lo, ps)
                            if ov > 0:
                                tot += ov * rate[k]
                    self.volume[ch.index, day * self.per_day + j] = vol * tot

    def _group(self, name, g):
        gr = Group()
        gr.name = name
        gr.skills = []       # (channel index, overflow_after) in priority order
        for s in g["skills"]:
            if isinstance(s, dict):
                gr.skills.append((self.ch_index[s["channel"]], duration(s.get("overflow_after", 0))))
            else:
                gr.skills.append((self.ch_index[s], 0.0))
        gr.cost = float(g.get("cost_per_hour", 0))
        gr.reserve = int(g.get("voice_reserve", 0))
        if g.get("shrinkage"):
            raise SystemExit("xsim: shrinkage is not supported")
        staff = np.zeros(self.n_int, dtype=int)
        I = self.interval
        if "agents" in g:
            n = int(g["agents"])
            if "hours" in g:
                s, e = hours(g["hours"])
            else:
                hs = [self.channels[c].hours for c, _ in gr.skills]
                s, e = min(h[0] for h in hs), max(h[1] for h in hs)
            self._add_daily(staff, s, e, n)
        elif "shifts" in g:
            for sh in g["shifts"]:
                if sh.get("breaks"):
                    raise SystemExit("xsim: breaks are not supported")
                s, e = clock(sh["start"]), clock(sh["end"])
                if e <= s:
                    e += DAY
                self._add_daily(staff, s, e, int(sh["agents"]))
        elif "staffing" in g:
            rows = []
            with open(os.path.join(self.dir, g["staffing"])) as f:
                lines = [l.strip() for l in f if l.strip()]
            for l in lines[1:]:
                t, n = l.split(",")
                rows.append((clock(t) % DAY, int(n)))
            rows.sort()
            per = np.zeros(self.per_day, dtype=int)
            for j in range(self.per_day):
                t = j * I
                cur = rows[-1][1]             # the last row lasts past midnight
                for rt, rn in rows:
                    if rt <= t:
                        cur = rn
                per[j] = cur
            staff[:] = np.tile(per, self.days)
        gr.staff = staff
        return gr

    def _add_daily(self, staff, s, e, n):
        I = self.interval
        for day in range(-1, self.days):
            a, b = day * DAY + s, day * DAY + e
            for j in range(max(0, int(a // I)), min(self.n_int, int(math.ceil(b / I)))):
                if a <= j * I < b:
                    staff[j] += n


# ---------------------------------------------------------------------------------- engine

ARRIVAL, ABANDON, OVERFLOW, END, STAFF, CLOSE, RETRY = 0, 1, 2, 3, 4, 5, 6
WAITING, SERVING, DONE, ABANDONED = 0, 1, 2, 3


class Agent:
    __slots__ = ("id", "group", "idle", "idle_since", "sessions", "last", "version", "chatting",
                 "busy_since", "leaving", "on")

    def __init__(self, i, g, now):
        self.id, self.group = i, g
        self.idle, self.idle_since = True, now
        self.sessions = []        # [contact, remaining work]
        self.last = now
        self.version = 0
        self.chatting = False
        self.busy_since = None
        self.leaving = False
        self.on = True


def replicate(model, rng, variant=None):
    M = model
    variant = variant or {}
    nch = len(M.channels)
    I = M.interval
    # ----- arrivals
    factors = np.ones(M.days)
    if M.day_cv > 0:
        k = 1 / M.day_cv ** 2
        factors = rng.gamma(k, 1 / k, size=M.days)
    arr_t, arr_c = [], []
    for ch in M.channels:
        lam = M.volume[ch.index] * np.repeat(factors, M.per_day)
        counts = rng.poisson(lam)
        starts = np.repeat(np.arange(M.n_int) * I, counts)
        t = starts + rng.uniform(0, I, size=starts.size)
        arr_t.append(t)
        arr_c.append(np.full(t.size, ch.index))
    arr_t = np.concatenate(arr_t)
    arr_c = np.concatenate(arr_c)
    order = np.argsort(arr_t, kind="stable")
    arr_t, arr_c = arr_t[order], arr_c[order]
    limit = M.customer_limit
    if limit is not None:
        arr_t, arr_c = arr_t[:int(limit)], arr_c[:int(limit)]
    end_time = M.horizon if limit is None else math.inf
    ncust = arr_t.size
    # per-customer draws (handle time and patience of the first contact)
    work = np.empty(ncust)
    patience = np.full(ncust, math.inf)
    JR = M.journeys
    for ch in M.channels:
        idx = np.nonzero(arr_c == ch.index)[0]
        work[idx] = [ch.handle(rng) for _ in range(idx.size)]
        if ch.patience is not None:
            patience[idx] = [ch.patience(rng) for _ in range(idx.size)]
        elif JR is not None and JR.give_up[ch.index] is not None:
            # docs/MODELS.md: a deferred contact is unanswered when nobody answers within give_up
            patience[idx] = [JR.give_up[ch.index](rng) for _ in range(idx.size)]
    cust_t = arr_t.tolist()
    cust_c = arr_c.tolist()
    cust_work = work.tolist()
    cust_pat = patience.tolist()
    # per-contact state (contacts are created as customers arrive and come back)
    arr_t_l, arr_c_l, work_l, pat_l = [], [], [], []
    state, start_t = [], []
    c_j = []            # journey of the contact (-1 without journeys)
    c_kind = []         # 0 first contact, 1/2/3 repeat after abandoned/unanswered/unresolved, 4 transfer
    c_ctx = []          # the contact lost context (handle time longer, resolution lower)
    c_fin = {}          # contact -> when it ended (service finished, abandoned or given up)
    c_agent = {}        # contact -> agent time it took (a chat session: its share of the agent)

    def new_contact(t, c, w, pt, j=-1, kind=0, ctx=False):
        arr_t_l.append(t)
        arr_c_l.append(c)
        work_l.append(w)
        pat_l.append(pt)
        state.append(WAITING)
        start_t.append(math.nan)
        c_j.append(j)
        c_kind.append(kind)
        c_ctx.append(ctx)
        return len(arr_t_l) - 1

    # ----- floor
    groups = M.groups
    ng = len(groups)
    chans = M.channels
    # channels -> [(group, overflow)] ; group -> ordered channel list for channel_priority
    answering = [[] for _ in range(nch)]
    for gi, g in enumerate(groups):
        for c, ov in g.skills:
            answering[c].append((gi, ov))
    g_order = []
    g_overflow = []
    g_has_deferred = []
    g_rt_channels = []
    for gi, g in enumerate(groups):
        pos = {c: k for k, (c, _) in enumerate(g.skills)}
        ordered = sorted(pos, key=lambda c: (-chans[c].priority, 0 if chans[c].realtime else 1, pos[c]))
        g_order.append(ordered)
        g_overflow.append({c: ov for c, ov in g.skills})
        g_has_deferred.append(any(not chans[c].realtime for c, _ in g.skills))
        g_rt_channels.append([c for c, _ in g.skills if chans[c].realtime])
    blend_groups_of = [[gi for gi, _ in answering[c] if g_has_deferred[gi]] for c in range(nch)]
    overflow_delays = [sorted({ov for _, ov in answering[c] if ov > 0}) for c in range(nch)]

    queues = [deque() for _ in range(nch)]
    nwait = [0] * nch
    idle_q = [deque() for _ in range(ng)]       # (idle_since, agent) lazily invalidated
    idle_n = [0] * ng
    agents_on = [[] for _ in range(ng)]          # every agent of the group present
    pending_leave = [0] * ng
    chat_room = [set() for _ in range(ng)]       # chat agents with 0 < sessions < concurrency
    next_id = [0]

    # ----- statistics
    W = M.warmup
    offered = [0] * nch
    answered = [0] * nch
    aband = [0] * nch
    giveups = [0] * nch                          # deferred contacts given up (not in aband)
    within = [0] * nch
    waitsum = [0.0] * nch
    busy_time = [0.0] * ng                      # agent-seconds with >= 1 session after warm-up
    duty_time = [0.0] * ng                      # agent-seconds on duty after warm-up
    session_time = [0.0] * ng                   # session-seconds (chat) after warm-up
    handled_by = [0] * ng                       # contacts each group finished after the warm-up
    handled_cohort = [0] * ng                   # ... of contacts that arrived after the warm-up
    busy_by = [[0.0] * nch for _ in range(ng)]  # agent-seconds busy per group and channel
    session_by = [[0.0] * nch for _ in range(ng)]   # session-seconds per group and channel

    heap = []
    seq = [0]

    def push(t, kind, a, b=0):
        seq[0] += 1
        heapq.heappush(heap, (t, seq[0], kind, a, b))

    # for customer_limit runs: busy and on-duty time up to the last arrival (the stationary part)
    last_arr = float(arr_t[-1]) if (limit is not None and ncust) else end_time
    busy2 = [0.0] * ng
    duty2 = [0.0] * ng

    def clip2(a, b):
        lo, hi = max(a, W), min(b, last_arr)
        return hi - lo if hi > lo else 0.0

    def clip(a, b):
        lo = max(a, W)
        hi = min(b, end_time)
        return hi - lo if hi > lo else 0.0

    # duty time: accounted when an agent leaves or at the end; busy time per busy period
    def set_idle(ag, now):
        ag.idle, ag.idle_since = True, now
        idle_q[ag.group].append((now, ag))
        idle_n[ag.group] += 1

    def take_idle(ag):
        ag.idle = False
        idle_n[ag.group] -= 1

    def advance(ag, now):
        """Bring an agent's sessions' remaining work up to now."""
        dt = now - ag.last
        if dt > 0 and ag.sessions:
            r = 1.0 / (1.0 + ag_slow(ag) * (len(ag.sessions) - 1))
            share_dt = dt / len(ag.sessions)
            for s in ag.sessions:
                s[1] -= dt * r
                c_agent[s[0]] = c_agent.get(s[0], 0.0) + share_dt
            session_time[ag.group] += clip(ag.last, now) * len(ag.sessions)
        ag.last = now

    def ag_slow(ag):
        if not ag.sessions or CHAT_RULE == "at_start":
            return 0.0
        return chans[arr_c_l[ag.sessions[0][0]]].slowdown

    def reschedule(ag, now):
        ag.version += 1
        if not ag.sessions:
            return
        r = 1.0 / (1.0 + ag_slow(ag) * (len(ag.sessions) - 1))
        t = min(s[1] for s in ag.sessions) / r
        push(now + max(t, 0.0), END, ag, ag.version)

    def start(ag, c, now):
        """Agent ag starts contact c (removed from its queue by the caller if it waited)."""
        ch = chans[arr_c_l[c]]
        if ag.idle:
            take_idle(ag)
        if not ag.sessions:
            ag.busy_since = now
        advance(ag, now)
        state[c] = SERVING
        start_t[c] = now
        w0 = work_l[c]
        if ch.chat and CHAT_RULE == "at_start":
            w0 *= 1.0 + ch.slowdown * len(ag.sessions)
        ag.sessions.append([c, w0])
        ag.chatting = ch.chat
        g = ag.group
        if ch.chat:
            if len(ag.sessions) < ch.concurrency:
                chat_room[g].add(ag)
            else:
                chat_room[g].discard(ag)
        if JR is not None:
            j = c_j[c]
            jr_wait[j] = max(jr_wait[j], now - arr_t_l[c])
            jr_wait_ans[j] = max(jr_wait_ans[j], now - arr_t_l[c])
            jr_wait_ended[j] = max(jr_wait_ended[j], now - arr_t_l[c])
        if arr_t_l[c] >= W:
            handled_cohort[g] += 1
            w = now - arr_t_l[c]
            k = arr_c_l[c]
            answered[k] += 1
            waitsum[k] += w
            if w <= ch.sl_time:
                within[k] += 1
        reschedule(ag, now)

    def rt_waiting_for(gi, now=None):
        for c in g_rt_channels[gi]:
            if nwait[c]:
                if BLEND_RULE == "group":
                    return True
                ov = g_overflow[gi][c]
                x = head(c)
                if ov <= 0 or now - arr_t_l[x] >= ov - 1e-9:
                    return True
        return False

    def permits(gi, c, now, waited_from, ag=None):
        """May an agent of group gi take contact c (waiting since waited_from) now?  ag: the
        agent asking (for a freed agent not yet counted idle), or None for an idle agent."""
        ov = g_overflow[gi][c]
        if ov > 0 and now - waited_from < ov - 1e-9:
            return False
        if not chans[c].realtime:
            if rt_waiting_for(gi, now):
                return False
            idle = idle_n[gi] + (1 if ag is not None and not ag.idle else 0)
            if idle <= groups[gi].reserve:
                return False
        return True

    def head(c):
        q = queues[c]
        while q and state[q[0]] != WAITING:
            q.popleft()
        return q[0] if q else None

    def dequeue(c):
        q = queues[c]
        x = q.popleft()
        nwait[c] -= 1
        return x

    def longest_idle(gi):
        q = idle_q[gi]
        while q and (not q[0][1].idle or q[0][1].idle_since != q[0][0] or not q[0][1].on):
            q.popleft()
        return q[0][1] if q else None

    def select_agent(x, now):
        """The agent for contact x (waiting since arr_t_l[x]), or None."""
        c = arr_c_l[x]
        best = None
        for gi, ov in answering[c]:
            if idle_n[gi] == 0:
                continue
            if not permits(gi, c, now, arr_t_l[x]):
                continue
            ag = longest_idle(gi)
            if ag is not None and (best is None or ag.idle_since < best.idle_since):
                best = ag
        if best is None and chans[c].chat:
            fewest = None
            for gi, ov in answering[c]:
                if ov > 0 and now - arr_t_l[x] < ov - 1e-9:
                    continue
                for ag in chat_room[gi]:
                    if ag.leaving:
                        continue
                    if fewest is None or len(ag.sessions) < len(fewest.sessions) or (
                            len(ag.sessions) == len(fewest.sessions) and ag.id < fewest.id):
                        fewest = ag
            best = fewest
        return best

    def select_contact(ag, now):
        """The next contact for an agent with room, or None."""
        gi = ag.group
        for c in g_order[gi]:
            if ag.sessions and not chans[c].chat:
                continue                       # a chat agent with sessions only adds chats
            if ag.sessions and arr_c_l[ag.sessions[0][0]] != c:
                continue
            x = head(c)
            if x is None:
                continue
            if not permits(gi, c, now, arr_t_l[x], ag):
                # the oldest has waited longest: no other contact of this channel qualifies
                continue
            return x
        return None

    def agent_free(ag, now):
        """ag has room (or is idle): give it work, or make it idle / let it leave."""
        gi = ag.group
        if pending_leave[gi] > 0 and not ag.leaving:
            # staffing dropped while everyone was busy: the first agent to free up leaves (a
            # chat agent with sessions left takes no new ones and leaves when they end)
            pending_leave[gi] -= 1
            ag.leaving = True
        if ag.leaving:
            if not ag.sessions:
                leave(ag, now)
            return
        while True:
            if ag.leaving:
                return
            if ag.sessions and (not ag.chatting or
                                len(ag.sessions) >= chans[arr_c_l[ag.sessions[0][0]]].concurrency):
                return
            x = select_contact(ag, now)
            if x is None:
                break
            c = arr_c_l[x]
            dequeue(c)
            was_rt = chans[c].realtime
            start(ag, x, now)
            if was_rt and nwait[c] == 0:
                blend_check(c, now)
        if not ag.sessions and not ag.idle:
            set_idle(ag, now)

    def blend_check(c, now):
        """No real-time contact of c waits any more: idle agents may start deferred work."""
        for gi in blend_groups_of[c]:
            if rt_waiting_for(gi, now) or idle_n[gi] == 0:
                continue
            for _, ag in sorted(((a.idle_since, a) for a in agents_on[gi] if a.idle),
                                key=lambda p: (p[0], p[1].id)):
                if ag.idle:
                    agent_free(ag, now)

    def leave(ag, now):
        gi = ag.group
        if ag.idle:
            take_idle(ag)
        ag.on = False
        agents_on[gi].remove(ag)
        chat_room[gi].discard(ag)
        duty_time[gi] += clip(ag_join[ag], now)
        duty2[gi] += clip2(ag_join[ag], now)

    ag_join = {}

    def add_agent(gi, now):
        next_id[0] += 1
        ag = Agent(next_id[0], gi, now)
        agents_on[gi].append(ag)
        ag_join[ag] = now
        set_idle(ag, now)
        return ag

    def staff_to(gi, n, now):
        present = len(agents_on[gi]) - pending_leave[gi] - sum(1 for a in agents_on[gi] if a.leaving)
        if n > present:
            d = n - present
            cancel = min(d, pending_leave[gi])
            pending_leave[gi] -= cancel
            d -= cancel
            new = [add_agent(gi, now) for _ in range(d)]
            for ag in new:
                if ag.idle:
                    agent_free(ag, now)
        elif n < present:
            d = present - n
            # idle agents leave now (the most recently idle first), busy ones when they finish
            idle = sorted((a for a in agents_on[gi] if a.idle), key=lambda a: -a.idle_since)
            for ag in idle[:d]:
                leave(ag, now)
            d -= min(d, len(idle))
            if LEAVE_RULE == "mark":
                # experiment: specific busy agents (the latest to join) are told to leave
                busy = sorted((a for a in agents_on[gi] if not a.idle and not a.leaving),
                              key=lambda a: -a.id)
                for ag in busy[:d]:
                    ag.leaving = True
                d -= min(d, len(busy))
            pending_leave[gi] += d

    # ----- events
    for gi, g in enumerate(groups):
        prev = 0
        for j in range(M.n_int):
            if g.staff[j] != prev:
                push(j * I, STAFF, gi, int(g.staff[j]))
                prev = g.staff[j]
    close_backlog = {}                           # (day, channel) -> contacts waiting at its close
    if limit is None:
        for day in range(M.days):
            for ch in chans:
                t = day * DAY + ch.hours[1]
                if t <= M.horizon:
                    push(t, CLOSE, day, ch.index)
        push(M.horizon, STAFF, -1, 0)            # end marker
    # ----- journeys (docs/MODELS.md, "Journeys")
    jr_t0, jr_first, jr_n, jr_chans, jr_state, jr_tend = [], [], [], [], [], []
    jr_web, jr_a, jr_u, jr_wait, jr_pending, jr_transfers = [], [], [], [], [], []
    jr_contacts = []                             # contacts of each journey (for the alternatives)
    jr_wait_ans = []                             # longest wait of the journey's answered contacts
    jr_wait_ended = []                           # ... of its contacts answered, abandoned or given up
    OPEN, RESOLVED, LOST = 0, 1, 2
    c_outcome = {}                               # contact -> "resolved" / "unresolved" / "transferred"

    def new_journey(t, c, web):
        jr_t0.append(t)
        jr_first.append(c)
        jr_n.append(0)
        jr_chans.append(set())
        jr_state.append(OPEN)
        jr_tend.append(math.nan)
        jr_web.append(web)
        jr_a.append(0)
        jr_u.append(0)
        jr_wait.append(0.0)
        jr_pending.append(False)
        jr_transfers.append(0)
        jr_contacts.append([])
        jr_wait_ans.append(0.0)
        jr_wait_ended.append(0.0)
        return len(jr_t0) - 1

    def add_to_journey(j, x):
        jr_n[j] += 1
        jr_chans[j].add(arr_c_l[x])
        jr_contacts[j].append(x)

    def finish(j, now, st):
        jr_state[j] = st
        jr_tend[j] = now

    def next_open(c, t):
        """t if channel c is open at t, else a time in the first two hours after its next opening
        (docs/MODELS.md: spread evenly, not all at the opening instant)."""
        s0, e0 = chans[c].hours
        if e0 - s0 >= DAY:
            return t
        d = math.floor(t / DAY)
        for dd in (d - 1, d):
            if dd * DAY + s0 <= t < dd * DAY + e0:
                return t
        o = d * DAY + s0
        if o <= t:
            o += DAY
        return o + rng.uniform(0.0, min(2 * 3600.0, e0 - s0))

    def come_back(j, c_from, dest, t, kind, context):
        """Customer j comes back on dest at t (after an outcome on c_from)."""
        if kind != 4 or TRANSFER_CLOSED == "defer":
            t = next_open(dest, t)
        if t >= M.horizon:
            jr_pending[j] = True                 # a retry to come: open at the end
            return
        jr_pending[j] = True
        push(t, RETRY, j, (dest, kind, c_from, context))

    def retry(x, outcome, now):
        j = c_j[x]
        c = arr_c_l[x]
        rule = JR.retry[outcome][c]
        if rule is None or jr_n[j] >= JR.max_attempts:
            finish(j, now, LOST)
            return
        p, delay, mix = rule
        if rng.random() >= p:
            finish(j, now, LOST)
            return
        dest = mix.draw(rng)
        come_back(j, c, dest, now + delay(rng), {"abandoned": 1, "unanswered": 2, "unresolved": 3}[outcome],
                  False)

    def contact_done(x, gi, now):
        """An answered contact ends: transfer, or resolution decided."""
        j = c_j[x]
        c = arr_c_l[x]
        tr = JR.transfers[c]
        if tr is not None and rng.random() < tr[0]:
            c_outcome[x] = "transferred"
            if jr_n[j] >= JR.max_attempts and TRANSFER_AT_MAX == "lost":
                finish(j, now, LOST)
                return
            jr_transfers[j] += 1
            dest = tr[1].draw(rng)
            come_back(j, c, dest, now + tr[2](rng), 4, tr[3])
            return
        r = JR.by_group[gi] if JR.by_group[gi] is not None else JR.resolution[c]
        if c_ctx[x]:
            r -= JR.drop
        if rng.random() < r:
            c_outcome[x] = "resolved"
            finish(j, now, RESOLVED)
        else:
            c_outcome[x] = "unresolved"
            retry(x, "unresolved", now)

    def arrive(x, now):
        c = arr_c_l[x]
        if now >= W:
            offered[c] += 1
        ag = select_agent(x, now)
        if ag is not None:
            start(ag, x, now)
        else:
            queues[c].append(x)
            nwait[c] += 1
            if pat_l[x] < math.inf:
                push(now + pat_l[x], ABANDON, x)
            for ov in overflow_delays[c]:
                push(now + ov, OVERFLOW, x)

    ai = 0
    now = 0.0
    while True:
        if ai < ncust and (not heap or cust_t[ai] < heap[0][0]):
            now = cust_t[ai]
            if now >= end_time:
                ai = ncust
                continue
            k = ai
            ai += 1
            c = cust_c[k]
            if JR is None:
                arrive(new_contact(now, c, cust_work[k], cust_pat[k]), now)
                continue
            # a customer with a need: the website first (a share of them), then the channel
            web = JR.web_share > 0 and rng.random() < JR.web_share
            j = new_journey(now, c, web)
            if web and rng.random() < JR.web_resolves:
                jr_web[j] = "resolved"
                finish(j, now, RESOLVED)
                continue
            x = new_contact(now, c, cust_work[k], cust_pat[k], j, 0, False)
            add_to_journey(j, x)
            arrive(x, now)
            continue
        if not heap:
            break
        now, _, kind, a, b = heapq.heappop(heap)
        if kind == STAFF:
            if a < 0:
                break
            staff_to(a, b, now)
        elif kind == CLOSE:
            close_backlog[(a, b)] = nwait[b]
        elif kind == RETRY:
            j = a
            dest, rkind, c_from, context = b
            jr_pending[j] = False
            ch = chans[dest]
            w = ch.handle(rng)
            lost_ctx = not JR.shared and not (rkind == 4 and context)
            if lost_ctx and (CONTEXT_RULE == "every_repeat" or any(
                    start_t[y] == start_t[y] for y in jr_contacts[j])):
                w *= 1.0 + (JR.same if dest == c_from else JR.cross)
            else:
                lost_ctx = False
            if ch.patience is not None:
                pt = ch.patience(rng)
            elif JR.give_up[dest] is not None:
                pt = JR.give_up[dest](rng)
            else:
                pt = math.inf
            x = new_contact(now, dest, w, pt, j, rkind, lost_ctx)
            add_to_journey(j, x)
            arrive(x, now)
        elif kind == END:
            ag = a
            if b != ag.version:
                continue
            advance(ag, now)
            # the session(s) with no work left end
            done = [s for s in ag.sessions if s[1] <= 1e-7]
            if not done:
                done = [min(ag.sessions, key=lambda s: s[1])]
            busy_ch = arr_c_l[ag.sessions[0][0]]
            for s in done:
                ag.sessions.remove(s)
                state[s[0]] = DONE
                c_fin[s[0]] = now
                if JR is not None:
                    contact_done(s[0], ag.group, now)
                if now >= W:
                    handled_by[ag.group] += 1         # contacts finished after the warm-up
                session_by[ag.group][arr_c_l[s[0]]] += clip(start_t[s[0]], now)
            gi = ag.group
            if not ag.sessions:
                busy_time[gi] += clip(ag.busy_since, now)
                busy2[gi] += clip2(ag.busy_since, now)
                busy_by[gi][busy_ch] += clip(ag.busy_since, now)
            if ag.chatting:
                if ag.sessions:
                    chat_room[gi].add(ag)
                else:
                    chat_room[gi].discard(ag)
            reschedule(ag, now)
            agent_free(ag, now)
        elif kind == ABANDON:
            x = a
            if state[x] != WAITING:
                continue
            state[x] = ABANDONED
            c = arr_c_l[x]
            c_fin[x] = now
            nwait[c] -= 1
            if arr_t_l[x] >= W:
                if chans[c].realtime or GIVEUP_ABANDONED:
                    aband[c] += 1
                else:
                    giveups[c] += 1
            if JR is not None:
                j = c_j[x]
                jr_wait[j] = max(jr_wait[j], now - arr_t_l[x])
                jr_wait_ended[j] = max(jr_wait_ended[j], now - arr_t_l[x])
                if chans[c].realtime:
                    jr_a[j] += 1
                    retry(x, "abandoned", now)
                else:
                    jr_u[j] += 1
                    retry(x, "unanswered", now)
            if nwait[c] == 0 and chans[c].realtime:
                blend_check(c, now)
        elif kind == OVERFLOW:
            x = a
            if state[x] != WAITING:
                continue
            c = arr_c_l[x]
            ag = select_agent(x, now)
            if ag is not None:
                # remove x from the middle of its queue (it need not be the oldest)
                queues[c].remove(x)
                nwait[c] -= 1
                start(ag, x, now)
                if nwait[c] == 0:
                    blend_check(c, now)
    end = now if limit is not None else M.horizon
    # close the books
    for gi in range(ng):
        for ag in agents_on[gi]:
            duty_time[gi] += clip(ag_join[ag], end)
            duty2[gi] += clip2(ag_join[ag], end)
            if ag.sessions:
                busy_time[gi] += clip(ag.busy_since, end)
                busy2[gi] += clip2(ag.busy_since, end)
                busy_by[gi][arr_c_l[ag.sessions[0][0]]] += clip(ag.busy_since, end)
                advance(ag, end)
                for x, _ in ag.sessions:
                    session_by[gi][arr_c_l[x]] += clip(start_t[x], end)
    waiting_end = [0] * nch
    late_end = [0] * nch
    for c in range(nch):
        for x in queues[c]:
            if state[x] == WAITING:
                waiting_end[c] += 1
                if arr_t_l[x] >= W and end - arr_t_l[x] > chans[c].sl_time:
                    late_end[c] += 1
    in_service_end = [0] * nch
    state_a = np.array(state, dtype=np.int8)
    for x in np.nonzero(state_a == SERVING)[0]:
        in_service_end[arr_c_l[x]] += 1
    out = {"channels": {}, "groups": {}}
    for ch in chans:
        c = ch.index
        known = answered[c] + aband[c] + late_end[c]
        out["channels"][ch.name] = {
            "offered": offered[c],
            "answered": answered[c],
            "abandoned": aband[c],
            "abandon_rate": aband[c] / offered[c] if offered[c] else float("nan"),
            "service_level": within[c] / known if known else float("nan"),
            "asa_seconds": waitsum[c] / answered[c] if answered[c] else float("nan"),
            "backlog_end": waiting_end[c],
            "in_service_end": in_service_end[c],
            "answered_within_target_share": within[c] / answered[c] if answered[c] else float("nan"),
            "unanswered_share": ((aband[c] + (0 if GIVEUP_ABANDONED else giveups[c]))
                                 / (answered[c] + aband[c] + (0 if GIVEUP_ABANDONED else giveups[c]))
                                 if answered[c] + aband[c] + giveups[c] else float("nan")),
        }
    for gi, g in enumerate(groups):
        out["groups"][g.name] = {
            "occupancy": busy_time[gi] / duty_time[gi] if duty_time[gi] else float("nan"),
            "agent_hours": duty_time[gi] / 3600,
            "session_occupancy": session_time[gi] / duty_time[gi] if duty_time[gi] else float("nan"),
            "handled": handled_by[gi],
            "handled_of_measured_arrivals": handled_cohort[gi],
            "busy_hours_by_channel": {ch.name: busy_by[gi][ch.index] / 3600 for ch in chans},
            "busy_hours": busy_time[gi] / 3600,
            "session_hours_by_channel": {ch.name: session_by[gi][ch.index] / 3600 for ch in chans},
        }
        if limit is not None:
            # docs/MODELS.md: a customer-limited run's time measures cover the warm-up's end to the
            # last arrival, leaving out the drain after arrivals stop (what Erlang A describes)
            gm = out["groups"][g.name]
            gm["occupancy_with_drain"] = gm["occupancy"]
            gm["occupancy"] = busy2[gi] / duty2[gi] if duty2[gi] else float("nan")
            gm["agent_hours"] = duty2[gi] / 3600
            gm["busy_hours"] = busy2[gi] / 3600
    out["measured_seconds"] = (last_arr if limit is not None else end) - W
    if JR is not None:
        for c in range(nch):
            for x in queues[c]:
                if state[x] == WAITING and c_j[x] >= 0:
                    jr_wait[c_j[x]] = max(jr_wait[c_j[x]], end - arr_t_l[x])
        out["journeys"] = journey_measures(M, W, end, locals())
    if M.economics is not None:
        out["economics"] = economics_measures(M, W, end, locals())
    # results by day (docs/MODELS.md, "Results by day"): contacts count on the day they arrive
    if limit is None:
        days = []
        arr_t = np.array(arr_t_l)
        arr_c = np.array(arr_c_l, dtype=int)
        state = state_a
        start_t = np.array(start_t)
        arr_day = (arr_t // DAY).astype(int)
        waited = np.where(np.isnan(start_t), np.inf, start_t - arr_t)
        for day in range(M.days):
            if (day + 1) * DAY <= W:
                continue                          # a day wholly within the warm-up
            dd = {}
            for ch in chans:
                c = ch.index
                sel = (arr_c == c) & (arr_day == day) & (arr_t >= W)
                n = int(sel.sum())
                ans = sel & ~np.isnan(start_t)
                ab = sel & (state == ABANDONED)
                late = sel & (state == WAITING) & (end - arr_t > ch.sl_time)
                within_d = int((ans & (waited <= ch.sl_time)).sum())
                known = int(ans.sum() + ab.sum() + late.sum())
                dd[ch.name] = {
                    "offered": n,
                    "service_level": within_d / known if known else float("nan"),
                    "abandon_rate": int(ab.sum()) / n if n else float("nan"),
                    "backlog_at_close": close_backlog.get((day, c), float("nan")),
                }
            days.append({"day": day + 1, "channels": dd})
        out["days"] = days
    return out


def _q(values, q):
    if not values:
        return float("nan")
    return float(np.quantile(np.array(values), q))


def journey_measures(M, W, end, v):
    """docs/MODELS.md, "Journeys": the measures under `journeys` in JSON.  Keys with a `~` are
    other readings of a measure the docs leave open (compare.py sets them against ccsim's key)."""
    nan = float("nan")
    chans = M.channels
    nch = len(chans)
    jr_t0, jr_state, jr_tend, jr_web, jr_n = v["jr_t0"], v["jr_state"], v["jr_tend"], v["jr_web"], v["jr_n"]
    jr_chans, jr_transfers, jr_contacts = v["jr_chans"], v["jr_transfers"], v["jr_contacts"]
    c_j, c_kind, c_outcome, start_t, arr_t_l, arr_c_l, work_l, state = (
        v["c_j"], v["c_kind"], v["c_outcome"], v["start_t"], v["arr_t_l"], v["arr_c_l"], v["work_l"], v["state"])
    meas = [j for j in range(len(jr_t0)) if jr_t0[j] >= W]
    started = len(meas)
    resolved = [j for j in meas if jr_state[j] == 1]
    lost = sum(1 for j in meas if jr_state[j] == 2)
    web = [j for j in resolved if jr_web[j] == "resolved"]
    by_contact = [j for j in resolved if jr_web[j] != "resolved"]
    with_contact = [j for j in meas if jr_n[j] > 0]
    ttr = [jr_tend[j] - jr_t0[j] for j in by_contact]
    ttr_web = ttr + [0.0] * len(web)
    contacts = sum(jr_n[j] for j in meas)
    contacts_res = sum(jr_n[j] for j in by_contact)
    retries = sum(1 for j in meas for x in jr_contacts[j] if c_kind[x] in (1, 2, 3))
    r = lambda a, b: a / b if b else nan
    out = {
        "started": started,
        "resolved": len(resolved),
        "lost": lost,
        "open_end": started - len(resolved) - lost,
        "resolved_by_web": len(web),
        "resolved_share": r(len(resolved), len(resolved) + lost),
        "resolved_share~by_contact": r(len(by_contact), len(by_contact) + lost),
        # contacts of the journeys resolved by a contact, per such journey
        "contacts_per_resolved": r(contacts_res, len(by_contact)),
        "contacts_per_resolved~all_contacts_per_resolved": r(contacts, len(resolved)),
        "contacts_per_resolved~all_contacts_per_resolved_by_contact": r(contacts, len(by_contact)),
        "contacts_per_resolved~resolved_contacts_per_resolved": r(contacts_res, len(resolved)),
        "multichannel_share": r(sum(1 for j in with_contact if len(jr_chans[j]) >= 2), len(with_contact)),
        "multichannel_share~of_started": r(sum(1 for j in with_contact if len(jr_chans[j]) >= 2), started),
        "repeat_contacts": contacts - len(with_contact),
        "repeat_contacts~retries_only": retries,
        "transfers": sum(jr_transfers[j] for j in meas),
        "time_to_resolution_seconds": float(np.mean(ttr)) if ttr else nan,
        "time_to_resolution_seconds~web_at_zero": float(np.mean(ttr_web)) if ttr_web else nan,
        "time_to_resolution_p90_seconds": _q(ttr, 0.9),
        "time_to_resolution_p90_seconds~web_at_zero": _q(ttr_web, 0.9),
    }
    c_agent = v["c_agent"]
    per = {}
    for pop in ("arrive", "start"):
        first = [0] * nch
        fcr = [0] * nch
        fdecided = [0] * nch
        rep = [0] * nch
        rep_work = [0.0] * nch
        rep_agent = [0.0] * nch
        after = {k: [0] * nch for k in (1, 2, 3, 4)}
        decided = [0] * nch
        unres = [0] * nch
        transf = [0] * nch
        for x in range(len(arr_t_l)):
            j = c_j[x]
            if j < 0:
                continue
            if (jr_t0[j] if pop == "start" else arr_t_l[x]) < W:
                continue
            c = arr_c_l[x]
            o = c_outcome.get(x)
            if c_kind[x] == 0:
                first[c] += 1
                if o == "resolved":
                    fcr[c] += 1
                if o is not None or state[x] == ABANDONED:
                    fdecided[c] += 1
            else:
                rep[c] += 1
                after[c_kind[x]][c] += 1
                if start_t[x] == start_t[x]:
                    rep_work[c] += work_l[x]
                    rep_agent[c] += c_agent.get(x, 0.0)
            if o is not None:
                decided[c] += 1
                if o == "unresolved":
                    unres[c] += 1
                elif o == "transferred":
                    transf[c] += 1
        per[pop] = {}
        for ch in chans:
            c = ch.index
            per[pop][ch.name] = {
                "first_contacts": first[c],
                "first_contact_resolution": r(fcr[c], first[c]),
                "first_contact_resolution~of_decided": r(fcr[c], fdecided[c]),
                "repeat_contacts": rep[c],
                # agent time the answered repeats took (a chat session: its share of the agent,
                # the reading ccsim's numbers support); their handle times as ~handle_time
                "repeat_workload_hours": rep_agent[c] / 3600,
                "repeat_workload_hours~handle_time": rep_work[c] / 3600,
                "callbacks_requested": 0,
                "repeats_after_abandoned": after[1][c],
                "repeats_after_unanswered": after[2][c],
                "repeats_after_unresolved": after[3][c],
                "transfers_in": after[4][c],
                # answers that did not resolve the need: unresolved or transferred (the reading
                # ccsim's numbers support), of the answers whose end came before the horizon's
                "unresolved_share": r(unres[c] + transf[c], decided[c]),
                "unresolved_share~transfers_not_counted": r(unres[c], decided[c]),
                "unresolved_share~of_resolution_decided": r(unres[c], decided[c] - transf[c]),
            }
    # per channel: the contacts that arrive after the warm-up (JOURNEY_WARMUP=arrive, the reading
    # ccsim's numbers support), with the other population as `measure~journeys_after_warmup`
    main, other = ("arrive", "start") if JOURNEY_WARMUP == "arrive" else ("start", "arrive")
    out["channels"] = {}
    for ch in chans:
        d = dict(per[main][ch.name])
        for k, val in per[other][ch.name].items():
            if "~" not in k:
                d[k + ("~journeys_after_warmup" if other == "start" else "~contacts_after_warmup")] = val
        out["channels"][ch.name] = d
    out["repeat_contacts~journeys_after_warmup"] = out["repeat_contacts"]
    out["repeat_contacts"] = sum(per["arrive"][ch.name]["repeat_contacts"] for ch in chans)
    return out


def economics_measures(M, W, end, v):
    """docs/MODELS.md, "Economics"."""
    E = M.economics
    JR = M.journeys
    chans = M.channels
    nch = len(chans)
    groups = M.groups
    arr_t_l, arr_c_l, start_t, c_fin = v["arr_t_l"], v["arr_c_l"], v["start_t"], v["c_fin"]
    duty, busy_by, busy = v["duty_time"], v["busy_by"], v["busy_time"]
    offered, answered = v["offered"], v["answered"]
    nan = float("nan")
    chan_cost = [offered[c] * E.per_contact[c] for c in range(nch)]
    for x in range(len(arr_t_l)):
        if arr_t_l[x] < W:
            continue
        c = arr_c_l[x]
        if E.per_minute[c]:
            t1 = min(c_fin.get(x, end), end)
            chan_cost[c] += E.per_minute[c] * (t1 - arr_t_l[x]) / 60
    staff_ch = [0.0] * nch
    staff = 0.0
    for gi, g in enumerate(groups):
        cost = g.cost * duty[gi] / 3600
        staff += cost
        if busy[gi] > 0:
            for c in range(nch):
                staff_ch[c] += cost * busy_by[gi][c] / busy[gi]
        elif g.skills:
            staff_ch[g.skills[0][0]] += cost
    total = staff + sum(chan_cost)
    out = {"staff_cost": staff, "channel_cost": sum(chan_cost), "total_cost": total}
    if JR is not None:
        jr_t0, jr_state, jr_n, jr_a, jr_u, jr_wait, jr_web = (
            v["jr_t0"], v["jr_state"], v["jr_n"], v["jr_a"], v["jr_u"], v["jr_wait"], v["jr_web"])
        # "a contact waited longer than time": a wait that ended (answer, abandonment, give-up),
        # the reading ccsim's numbers lean to; other readings: the waits still running at the end
        # included, or answered contacts' waits only
        waits = {"": v["jr_wait_ended"], "~answered_waits": v["jr_wait_ans"],
                 "~waits_at_end_included": v["jr_wait"]}
        risks = {k: 0.0 for k in waits}
        by_contact = 0
        for j in range(len(jr_t0)):
            if jr_t0[j] < W:
                continue
            keep = (1 - E.ch_abandoned) ** jr_a[j] * (1 - E.ch_unanswered) ** jr_u[j]
            if jr_state[j] == 2:
                keep *= 1 - E.ch_unresolved
            if E.co_count is not None and jr_n[j] > E.co_count:
                keep *= 1 - E.co_churn
            for k, wl in waits.items():
                kk = keep
                if E.wo_time is not None and wl[j] > E.wo_time:
                    kk *= 1 - E.wo_churn
                risks[k] += 1 - kk
            if jr_state[j] == 1 and jr_web[j] != "resolved":
                by_contact += 1
        risk = risks[""]
        for k in ("~answered_waits", "~waits_at_end_included"):
            out["customers_at_risk" + k] = risks[k]
        days = (end - W) / DAY
        out["customers_at_risk"] = risk
        out["customers_at_risk_per_week"] = risk * 7 / days
        out["revenue_at_risk_per_week"] = risk * 7 / days * E.customer_value
        out["cost_per_resolved_journey"] = total / by_contact if by_contact else nan
        first = v["out"]["journeys"]["channels"]
        nfirst = sum(first[ch.name]["first_contacts"] for ch in chans)
    out["channels"] = {}
    for ch in chans:
        c = ch.index
        d = {"channel_cost": chan_cost[c], "staff_cost": staff_ch[c],
             "cost_per_contact": (staff_ch[c] + chan_cost[c]) / answered[c] if answered[c] else nan,
             "budget_share": (staff_ch[c] + chan_cost[c]) / total if total else nan}
        if JR is not None:
            d["usage_share"] = first[ch.name]["first_contacts"] / nfirst if nfirst else nan
        out["channels"][ch.name] = d
    return out


def summarise(reps):
    """Mean and 95% half-width (Student t) of every number over replications."""
    def walk(items):
        first = items[0]
        if isinstance(first, dict):
            return {k: first[k] if k == "day" else walk([it[k] for it in items]) for k in first}
        if isinstance(first, list):
            return [walk([it[i] for it in items]) for i in range(len(first))]
        a = np.array(items, dtype=float)
        a = a[~np.isnan(a)]
        n = a.size
        if n == 0:
            return {"mean": None, "ci95": None}
        m = float(a.mean())
        h = float(sps.t.ppf(0.975, n - 1) * a.std(ddof=1) / math.sqrt(n)) if n > 1 else None
        return {"mean": m, "ci95": h}
    return walk(reps)


_MODEL = None


def _init(model):
    global _MODEL
    _MODEL = model


def _one(child):
    return replicate(_MODEL, np.random.default_rng(child))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("--replications", type=int)
    ap.add_argument("--seed", type=int, default=12345)
    ap.add_argument("--set", action="append", default=[])
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--raw", action="store_true", help="print per-replication values too")
    a = ap.parse_args()
    M = Model(a.model, a.set)
    n = a.replications or M.replications
    children = np.random.SeedSequence(a.seed).spawn(n)
    if a.jobs > 1:
        import multiprocessing as mp
        with mp.Pool(a.jobs, initializer=_init, initargs=(M,)) as pool:
            reps = pool.map(_one, children)
    else:
        reps = [replicate(M, np.random.default_rng(c)) for c in children]
    out = summarise(reps)
    out["replications"] = n
    if a.raw:
        out["raw"] = reps
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
