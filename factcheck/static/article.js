// Clicking a claim in the article text, or pressing Enter or Space on it, jumps to its row in the claims table.
function followClaim(event) {
  var mark = event.target.closest("mark[data-ref]");
  if (mark) {
    location.hash = "row-" + mark.dataset.ref;
  }
}

document.addEventListener("click", followClaim);
document.addEventListener("keydown", function (event) {
  if ((event.key === "Enter" || event.key === " ") && event.target.matches("mark[data-ref][tabindex]")) {
    event.preventDefault();
    followClaim(event);
  }
});
