// smallsteps Mini App: the year of moods, a day to fill in, the safety plan and the settings. Needs nothing but this server: the launch data comes
// from Telegram's WebApp object when its script is present, else from the address, as Telegram
// passes it (#tgWebAppData=...&tgWebAppThemeParams=...).
"use strict";

(function () {
  // What the page knows: the launch data it answers with, and the words of the last answer.
  const state = { initData: "", words: null };
  const THEME_VARIABLES = {
    bg_color: "--bg",
    text_color: "--text",
    hint_color: "--hint",
    secondary_bg_color: "--secondary-bg",
    link_color: "--link",
  };

  function launch() {
    const webApp = window.Telegram && window.Telegram.WebApp;
    if (webApp && webApp.initData) {
      return { initData: webApp.initData, theme: webApp.themeParams || {}, scheme: webApp.colorScheme };
    }
    const params = new URLSearchParams(window.location.hash.slice(1));
    let theme = {};
    try {
      theme = JSON.parse(params.get("tgWebAppThemeParams") || "{}");
    } catch (error) {
      theme = {};
    }
    return { initData: params.get("tgWebAppData") || "", theme: theme, scheme: null };
  }

  function isDark(colour) {
    const match = /^#([0-9a-f]{6})$/i.exec(colour || "");
    if (!match) {
      return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
    }
    const value = parseInt(match[1], 16);
    const luminance = 0.299 * (value >> 16) + 0.587 * ((value >> 8) & 255) + 0.114 * (value & 255);
    return luminance < 128;
  }

  function applyTheme(theme, scheme) {
    const root = document.documentElement;
    const dark = scheme ? scheme === "dark" : isDark(theme.bg_color);
    root.classList.toggle("dark", dark);
    Object.keys(THEME_VARIABLES).forEach(function (name) {
      if (/^#[0-9a-f]{3,8}$/i.test(theme[name] || "")) {
        root.style.setProperty(THEME_VARIABLES[name], theme[name]);
      }
    });
  }

  function languageOf(initData) {
    try {
      const user = JSON.parse(new URLSearchParams(initData).get("user") || "{}");
      return user.language_code || navigator.language || "en";
    } catch (error) {
      return navigator.language || "en";
    }
  }

  function element(tag, className, text) {
    const made = document.createElement(tag);
    if (className) {
      made.className = className;
    }
    if (text !== undefined) {
      made.textContent = text;
    }
    return made;
  }

  function dayButton(day) {
    const button = element("button", "day");
    button.type = "button";
    button.dataset.date = day.date;
    button.setAttribute("aria-label", day.name);
    if (day.mood !== undefined) {
      button.classList.add("kept");
      if (day.mood) {
        button.classList.add("m" + day.mood);
      }
      if (day.evening) {
        button.appendChild(element("span", "evening e" + day.evening));
      }
      if (day.rest) {
        button.classList.add("rest");
      }
      if (day.later) {
        button.classList.add("later");
      }
    }
    button.addEventListener("click", function () {
      document.querySelectorAll("button.day.chosen").forEach(function (other) {
        other.classList.remove("chosen");
      });
      button.classList.add("chosen");
      openDay(day).catch(function () {
        say(state.words.not_loaded);
      });
    });
    return button;
  }

  function monthBlock(words, year, month, days, first) {
    const block = element("section", "month");
    const heading = words.months[month] + (month === 0 || first ? " " + year : "");
    block.appendChild(element("h2", null, heading));
    const grid = element("div", "grid");
    words.weekdays.forEach(function (weekday) {
      grid.appendChild(element("span", "weekday", weekday));
    });
    const opening = new Date(days[0].date + "T12:00:00Z");
    const leading = (opening.getUTCDay() + 6) % 7;
    for (let n = 0; n < leading; n += 1) {
      grid.appendChild(element("span", "blank"));
    }
    days.forEach(function (day) {
      grid.appendChild(dayButton(day));
    });
    block.appendChild(grid);
    return block;
  }

  function legend(words) {
    const list = document.getElementById("legend");
    ["1", "2", "3", "4", "5"].forEach(function (mood) {
      const item = element("li");
      item.appendChild(element("span", "swatch day m" + mood));
      item.appendChild(element("span", null, words.moods[mood]));
      list.appendChild(item);
    });
    [["rest", words.rest], ["later", words.later], ["", words.nothing]].forEach(function (pair) {
      const item = element("li");
      const swatch = element("button", "day " + (pair[0] ? "kept " + pair[0] : ""));
      swatch.tabIndex = -1;
      swatch.setAttribute("aria-hidden", "true");
      item.appendChild(swatch);
      item.appendChild(element("span", null, pair[1]));
      list.appendChild(item);
    });
  }

  function render(data) {
    const words = data.words;
    state.words = words;
    document.documentElement.lang = data.language;
    document.title = words.title;
    document.getElementById("title").textContent = words.title;
    // Months newest first: the days a person just kept are the ones they open the page for.
    const months = [];
    data.days.forEach(function (day) {
      const last = months[months.length - 1];
      if (last && last[0].date.slice(0, 7) === day.date.slice(0, 7)) {
        last.push(day);
      } else {
        months.push([day]);
      }
    });
    const year = document.getElementById("year");
    year.textContent = "";
    document.getElementById("legend").textContent = "";
    months.reverse().forEach(function (days, index) {
      const date = days[0].date;
      const number = Number(date.slice(5, 7)) - 1;
      year.appendChild(monthBlock(words, Number(date.slice(0, 4)), number, days, index === 0));
    });
    legend(words);
  }

  function say(text) {
    document.getElementById("status").textContent = text;
  }

  async function sayWords(initData, key) {
    const language = encodeURIComponent(languageOf(initData));
    const answer = await fetch("/app/api/words?language=" + language);
    const words = await answer.json();
    document.getElementById("title").textContent = words.title;
    say(words[key]);
  }

  async function loadYear() {
    const answer = await api("year", null);
    if (answer.ok) {
      render(await answer.json());
      tabs(state.words);
    } else {
      await sayWords(state.initData, answer.status === 401 ? "open_again" : "not_loaded");
    }
  }

  async function start() {
    const launched = launch();
    state.initData = launched.initData;
    applyTheme(launched.theme, launched.scheme);
    await loadYear();
  }

  // Every request names its person by Telegram's signed launch data, and nothing else.
  function api(name, body) {
    return fetch("/app/api/" + name, {
      method: "POST",
      headers: { Authorization: "tma " + state.initData, "Content-Type": "application/json" },
      body: body === null ? "" : JSON.stringify(body),
    });
  }

  // Sends a form's changes; says what came back: saved, why not, or people to reach first.
  async function send(name, body, where) {
    const answer = await api(name, body);
    let data = {};
    try {
      data = await answer.json();
    } catch (error) {
      data = {};
    }
    if (!answer.ok) {
      notice(where, data.message || refusedWords(answer.status), "refused");
      return null;
    }
    return data;
  }

  // Launch data older than an hour is refused (401): the page must be opened again from the
  // chat, and saying "check it and try again" would send the person round in circles.
  function refusedWords(status) {
    return status === 401 ? state.words.open_again : state.words.not_saved;
  }

  function notice(where, text, kind) {
    const box = where.querySelector(".notice") || element("p", "notice");
    box.className = "notice " + kind;
    box.setAttribute("role", kind === "first" || kind === "refused" ? "alert" : "status");
    box.textContent = text;
    where.appendChild(box);
  }

  // After a save: the people to reach, when the screen caught the words; else "saved".
  function saved(where, first) {
    if (first) {
      notice(where, first, "first");
    } else {
      notice(where, state.words.saved, "saved");
    }
  }

  function field(labelText, control) {
    const label = element("label", "field");
    label.appendChild(element("span", "label", labelText));
    label.appendChild(control);
    return label;
  }

  function choices(legendText, name, options, chosen) {
    const set = element("fieldset", "choices");
    set.appendChild(element("legend", null, legendText));
    options.forEach(function (pair) {
      const label = element("label", "choice");
      const input = element("input");
      input.type = "radio";
      input.name = name;
      input.value = String(pair[0]);
      input.checked = chosen !== null && chosen !== undefined && String(chosen) === input.value;
      label.appendChild(input);
      label.appendChild(element("span", null, pair[1]));
      set.appendChild(label);
    });
    return set;
  }

  function text(name, value, multiline, placeholder) {
    const input = element(multiline ? "textarea" : "input");
    input.name = name;
    input.value = value || "";
    input.maxLength = 4096;
    if (placeholder) {
      input.placeholder = placeholder;
    }
    return input;
  }

  function buttons(where, closeable) {
    const row = element("div", "buttons");
    const save = element("button", "primary", state.words.save);
    save.type = "submit";
    row.appendChild(save);
    if (closeable) {
      const close = element("button", null, state.words.close);
      close.type = "button";
      close.addEventListener("click", function () {
        where.hidden = true;
        where.textContent = "";
      });
      row.appendChild(close);
    }
    return row;
  }

  function chosenValue(form, name) {
    const checked = form.querySelector("input[name=" + name + "]:checked");
    return checked ? checked.value : null;
  }

  function list(headingText, items) {
    const block = element("div", "kept");
    block.appendChild(element("h3", null, headingText));
    const shown = element("ul");
    items.forEach(function (item) {
      shown.appendChild(element("li", null, item));
    });
    block.appendChild(shown);
    return block;
  }

  async function openDay(day) {
    const panel = document.getElementById("day");
    panel.textContent = "";
    panel.appendChild(element("p", "summary", day.name));
    panel.hidden = false;
    const answer = await api("day", { date: day.date });
    if (answer.ok) {
      showDay(panel, day.name, (await answer.json()).day);
    } else {
      notice(panel, refusedWords(answer.status), "refused");
    }
  }

  function moodOptions() {
    return ["1", "2", "3", "4", "5"].map(function (mood) {
      return [mood, state.words.moods[mood]];
    });
  }

  function showDay(panel, name, day) {
    const words = state.words;
    panel.textContent = "";
    panel.appendChild(element("p", "summary", name));
    const notes = day.notes.slice();
    if (notes.length) {
      panel.appendChild(list(words.notes, notes));
    }
    if (day.reflections.length) {
      panel.appendChild(list(words.reflections, day.reflections.map(function (kept) {
        return kept.question + " " + kept.text;
      })));
    }
    if (!day.changeable) {
      panel.appendChild(element("p", "hint", day.why_not));
      return;
    }
    const form = element("form", "day-form");
    form.appendChild(choices(words.mood, "mood", moodOptions(), day.mood));
    form.appendChild(choices(words.evening_mood, "evening", moodOptions(), day.evening));
    form.appendChild(field(words.three_words, text("words", day.words, true, day.words_hidden)));
    const step = element("fieldset", "step");
    step.appendChild(element("legend", null, words.small_step));
    const stepText = text("step", day.rest ? "" : day.step, false, words.step_placeholder);
    stepText.setAttribute("aria-label", words.small_step);
    step.appendChild(stepText);
    const rest = element("label", "choice");
    const restBox = element("input");
    restBox.type = "checkbox";
    restBox.name = "rest";
    restBox.checked = Boolean(day.rest);
    rest.appendChild(restBox);
    rest.appendChild(element("span", null, words.rest));
    step.appendChild(rest);
    form.appendChild(step);
    const outcomes = Object.keys(words.outcomes).map(function (key) {
      return [key, words.outcomes[key]];
    });
    form.appendChild(choices(words.how_it_went, "outcome", outcomes, day.outcome));
    form.appendChild(field(words.add_note, text("note", "", true)));
    form.appendChild(buttons(panel, true));
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      saveDay(panel, name, form, day).catch(function () {
        notice(panel, words.not_saved, "refused");
      });
    });
    panel.appendChild(form);
    panel.scrollIntoView({ block: "start" });
  }

  // Only what the person changed is sent: a day's other answers stay as they are.
  function dayChanges(form, day) {
    const body = { date: day.date };
    const mood = chosenValue(form, "mood");
    if (mood !== null && mood !== String(day.mood)) {
      body.mood = Number(mood);
    }
    const evening = chosenValue(form, "evening");
    if (evening !== null && evening !== String(day.evening)) {
      body.evening = Number(evening);
    }
    const words = form.elements.words.value.trim();
    if (words && words !== day.words) {
      body.words = words;
    }
    const rest = form.elements.rest.checked;
    const step = form.elements.step.value.trim();
    if (rest && !day.rest) {
      body.rest = true;
    } else if (!rest && step && (step !== day.step || day.rest)) {
      body.step = step;
    }
    const outcome = chosenValue(form, "outcome");
    if (outcome !== null && outcome !== day.outcome) {
      body.outcome = outcome;
    }
    const note = form.elements.note.value.trim();
    if (note) {
      body.note = note;
    }
    return body;
  }

  async function saveDay(panel, name, form, day) {
    const body = dayChanges(form, day);
    if (Object.keys(body).length === 1) {
      notice(panel, state.words.nothing_to_save, "refused");
      return;
    }
    const data = await send("day/save", body, panel);
    if (data === null) {
      return;
    }
    await loadYear();
    const button = document.querySelector('button.day[data-date="' + day.date + '"]');
    if (button) {
      button.classList.add("chosen");
    }
    showDay(panel, button ? button.getAttribute("aria-label") : name, data.day);
    saved(panel, data.first);
  }

  function tabs(words) {
    const nav = document.getElementById("tabs");
    nav.hidden = false;
    [["year", words.tab_year], ["plan", words.tab_plan], ["settings", words.tab_settings]].forEach(
      function (pair) {
        const tab = document.getElementById("tab-" + pair[0]);
        tab.textContent = pair[1];
        tab.onclick = function () {
          show(pair[0]).catch(function () {
            say(words.not_saved);
          });
        };
      }
    );
  }

  async function show(view) {
    ["year", "plan", "settings"].forEach(function (name) {
      const tab = document.getElementById("tab-" + name);
      document.getElementById("view-" + name).hidden = name !== view;
      tab.setAttribute("aria-pressed", String(name === view));
      if (name === view) {
        document.getElementById("title").textContent = tab.textContent;
      }
    });
    if (view === "plan") {
      await openPlan();
    } else if (view === "settings") {
      await openSettings();
    }
  }

  async function openPlan() {
    const view = document.getElementById("view-plan");
    const answer = await api("plan", {});
    if (answer.ok) {
      showPlan(view, await answer.json());
    } else {
      view.textContent = "";
      notice(view, refusedWords(answer.status), "refused");
    }
  }

  function showPlan(view, plan) {
    const words = state.words;
    view.textContent = "";
    view.appendChild(element("p", "hint intro", words.plan_intro));
    plan.parts.forEach(function (part) {
      const written = text(part.key, part.text, true);
      const label = field(part.heading, written);
      // The question under the heading, before the words: it is what the field asks.
      label.insertBefore(element("span", "hint question", part.question), written);
      view.appendChild(label);
    });
    view.appendChild(buttons(view, false));
    view.onsubmit = function (event) {
      event.preventDefault();
      savePlan(view, plan).catch(function () {
        notice(view, words.not_saved, "refused");
      });
    };
  }

  async function savePlan(view, plan) {
    const parts = {};
    let emptied = false;
    plan.parts.forEach(function (part) {
      const written = view.elements[part.key].value.trim();
      if (!written && part.text) {
        emptied = true;
      } else if (written && written !== part.text) {
        parts[part.key] = written;
      }
    });
    if (emptied) {
      notice(view, state.words.part_empty, "refused");
      return;
    }
    if (!Object.keys(parts).length) {
      notice(view, state.words.nothing_to_save, "refused");
      return;
    }
    const data = await send("plan/save", { parts: parts }, view);
    if (data !== null) {
      showPlan(view, data);
      saved(view, data.first);
    }
  }

  async function openSettings() {
    const view = document.getElementById("view-settings");
    const answer = await api("settings", {});
    if (answer.ok) {
      showSettings(view, await answer.json());
    } else {
      view.textContent = "";
      notice(view, refusedWords(answer.status), "refused");
    }
  }

  function timeInput(name, value, labelText) {
    const input = element("input");
    input.type = "time";
    input.name = name;
    input.value = value || "";
    if (labelText) {
      input.setAttribute("aria-label", labelText);
    }
    return input;
  }

  function checkbox(name, checked, labelText) {
    const label = element("label", "choice");
    const box = element("input");
    box.type = "checkbox";
    box.name = name;
    box.checked = checked;
    label.appendChild(box);
    label.appendChild(element("span", null, labelText));
    return label;
  }

  function zonePicker(view, current) {
    const words = state.words;
    const set = element("fieldset", "zone");
    set.appendChild(element("legend", null, words.timezone));
    const chosen = element("p", "chosen-zone", current.timezone_label);
    chosen.dataset.zone = current.timezone || "";
    set.appendChild(chosen);
    const search = element("input");
    search.type = "search";
    search.name = "zone_search";
    search.setAttribute("aria-label", words.zone_search);
    search.placeholder = words.zone_search;
    set.appendChild(search);
    const found = element("ul", "zones");
    set.appendChild(found);
    let asked = 0;
    search.addEventListener("input", async function () {
      const number = (asked += 1);
      const answer = await api("zones", { query: search.value });
      if (!answer.ok || number !== asked) {
        return;
      }
      const zones = await answer.json();
      found.textContent = "";
      if (!zones.length && search.value.trim().length > 1) {
        found.appendChild(element("li", "hint", words.zone_none));
      }
      zones.forEach(function (zone) {
        const item = element("li");
        const pick = element("button", "zone-choice", zone.label);
        pick.type = "button";
        pick.addEventListener("click", function () {
          chosen.textContent = zone.label;
          chosen.dataset.zone = zone.zone;
          found.textContent = "";
          search.value = "";
        });
        item.appendChild(pick);
        found.appendChild(item);
      });
    });
    return set;
  }

  function showSettings(view, current) {
    const words = state.words;
    view.textContent = "";
    view.appendChild(zonePicker(view, current));
    view.appendChild(field(words.checkin, timeInput("checkin", current.checkin)));
    const evening = element("fieldset", "evening");
    evening.appendChild(element("legend", null, words.evening));
    evening.appendChild(timeInput("evening", current.evening, words.evening));
    evening.appendChild(checkbox("evening_off", !current.evening, words.off));
    view.appendChild(evening);
    const weekly = element("fieldset", "weekly");
    weekly.appendChild(element("legend", null, words.weekly));
    const day = element("select");
    day.name = "weekly_day";
    words.weekday_names.forEach(function (name, index) {
      const option = element("option", null, name);
      option.value = String(index);
      option.selected = index === current.weekly_day;
      day.appendChild(option);
    });
    weekly.appendChild(field(words.weekly_day, day));
    weekly.appendChild(timeInput("weekly_time", current.weekly_time, words.weekly));
    weekly.appendChild(checkbox("weekly_off", !current.weekly, words.off));
    view.appendChild(weekly);
    const nudging = current.paused ? (current.paused_until ? "days" : "resumed") : "on";
    const nudges = choices(
      words.nudges,
      "nudges",
      [["on", words.nudges_on], ["days", words.pause_for], ["resumed", words.pause_until_resumed]],
      nudging
    );
    const days = element("input");
    days.type = "number";
    days.name = "pause_days";
    days.min = "1";
    days.max = "365";
    days.value = "7";
    nudges.appendChild(field(words.pause_days, days));
    view.appendChild(nudges);
    const language = element("select");
    language.name = "language";
    current.languages.forEach(function (known) {
      const option = element("option", null, known.name);
      option.value = known.code;
      option.selected = known.code === current.language;
      language.appendChild(option);
    });
    view.appendChild(field(words.language, language));
    view.appendChild(buttons(view, false));
    view.onsubmit = function (event) {
      event.preventDefault();
      saveSettings(view, current, nudging).catch(function () {
        notice(view, words.not_saved, "refused");
      });
    };
  }

  // Only what the person changed is sent, read on the server as the chat's commands are.
  function settingsChanges(view, current, nudging) {
    const form = view.elements;
    const body = {};
    const zone = view.querySelector(".chosen-zone").dataset.zone;
    if (zone && zone !== current.timezone) {
      body.timezone = zone;
    }
    if (form.checkin.value && form.checkin.value !== current.checkin) {
      body.checkin = form.checkin.value;
    }
    const evening = form.evening_off.checked ? "" : form.evening.value;
    if (evening !== current.evening && (evening || current.evening)) {
      body.evening = evening || "off";
    }
    const weekly = !form.weekly_off.checked;
    const weeklyDay = Number(form.weekly_day.value);
    if (weekly !== current.weekly || (weekly && (weeklyDay !== current.weekly_day ||
        form.weekly_time.value !== current.weekly_time))) {
      body.weekly = weekly;
      if (weekly) {
        body.weekly_day = weeklyDay;
        body.weekly_time = form.weekly_time.value || current.weekly_time;
      }
    }
    const nudges = chosenValue(view, "nudges");
    if (nudges !== nudging) {
      body.paused = nudges !== "on";
      if (nudges === "days") {
        body.pause_days = Number(form.pause_days.value);
      }
    }
    if (form.language.value !== current.language) {
      body.language = form.language.value;
    }
    return body;
  }

  async function saveSettings(view, current, nudging) {
    const body = settingsChanges(view, current, nudging);
    if (!Object.keys(body).length) {
      notice(view, state.words.nothing_to_save, "refused");
      return;
    }
    const data = await send("settings/save", body, view);
    if (data === null) {
      return;
    }
    if (body.language) {
      // Every word of the page anew, in the language just chosen.
      await loadYear();
      document.getElementById("title").textContent = state.words.tab_settings;
    }
    showSettings(view, data);
    notice(view, state.words.saved, "saved");
  }

  document.addEventListener("DOMContentLoaded", function () {
    start().catch(function () {
      say("…");
    });
  });
})();
