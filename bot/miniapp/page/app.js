// smallsteps Mini App: the year of moods. Needs nothing but this server: the launch data comes
// from Telegram's WebApp object when its script is present, else from the address, as Telegram
// passes it (#tgWebAppData=...&tgWebAppThemeParams=...).
"use strict";

(function () {
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
      const shown = document.getElementById("day");
      shown.textContent = day.name;
      shown.hidden = false;
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

  async function start() {
    const launched = launch();
    applyTheme(launched.theme, launched.scheme);
    const answer = await fetch("/app/api/year", {
      method: "POST",
      headers: { Authorization: "tma " + launched.initData },
    });
    if (answer.ok) {
      render(await answer.json());
    } else {
      await sayWords(launched.initData, answer.status === 401 ? "open_again" : "not_loaded");
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    start().catch(function () {
      say("…");
    });
  });
})();
