// Clicking a claim in the article text jumps to its row in the claims table.
document.addEventListener("click", function (event) {
  var mark = event.target.closest("mark[data-ref]");
  if (mark) {
    location.hash = "row-" + mark.dataset.ref;
  }
});
