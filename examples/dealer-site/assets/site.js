// The dealer's own page script. It talks to the chat only through the documented window.Cathy
// command queue, which works whether or not /widget.js has loaded yet.
(function () {
  'use strict';

  window.Cathy = window.Cathy || function () { (window.Cathy.q = window.Cathy.q || []).push(arguments); };
  window.dataLayer = window.dataLayer || [];

  // The lead event says when a person calls back, as Cathy told the shopper: shortly while the team is in,
  // otherwise when it is back (e.g. "tomorrow at 9:00 AM"). The page never promises more than that.
  function callbackText(callback) {
    if (callback && callback.open) return 'A Sunrise Auto specialist will call you shortly.';
    if (callback && callback.opens) return 'A Sunrise Auto specialist will call you ' + callback.opens + ', when our team is back.';
    return 'A Sunrise Auto specialist will call you as soon as our team is back.';
  }

  function showLeadBanner(lead) {
    var banner = document.getElementById('lead-banner');
    if (!banner) return;
    banner.textContent = 'Thanks! ' + callbackText(lead.callback);
    banner.setAttribute('data-lead-id', lead.leadId);
    banner.hidden = false;
  }

  // What a dealer typically does with a lead on the page: tell analytics, and thank the visitor.
  window.Cathy('on', 'lead', function (lead) {
    window.dataLayer.push({ event: 'cathy_lead', leadId: lead.leadId });
    showLeadBanner(lead);
  });

  function toNumber(value) {
    var n = Number(String(value).replace(/[$,\s]/g, ''));
    return isFinite(n) && n >= 0 ? n : NaN;
  }

  function monthlyPayment(principal, aprPercent, months) {
    var rate = aprPercent / 100 / 12;
    if (rate === 0) return principal / months;
    return (principal * rate) / (1 - Math.pow(1 + rate, -months));
  }

  function wireEstimate(form) {
    var money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
    function update() {
      var price = toNumber(form.elements.price.value);
      var down = toNumber(form.elements.down.value);
      var apr = toNumber(form.elements.apr.value);
      var months = Number(form.elements.months.value);
      var out = form.elements.result;
      if (isNaN(price) || isNaN(down) || isNaN(apr) || down > price || apr > 40) {
        out.value = 'Check the numbers above';
        return;
      }
      out.value = 'About ' + money.format(monthlyPayment(price - down, apr, months)) + '/month for ' + months + ' months';
    }
    form.addEventListener('input', update);
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    update();
  }

  function ready() {
    var form = document.getElementById('estimate-form');
    if (form) wireEstimate(form);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
  else ready();
})();
