// The guardian's e-mail matters only for applicants under 15: with JavaScript the field shows
// when that age band is chosen; without it, it is always shown with a help text.
(function () {
  var age = document.getElementById("id_age_band");
  var field = document.getElementById("id_guardian_email");
  if (!age || !field) return;
  var group = field.closest(".field");
  function update() {
    var under15 = age.value === "u15";
    group.hidden = !under15 && !field.value && !group.querySelector(".errorlist");
    field.required = under15;
  }
  age.addEventListener("change", update);
  update();
})();
