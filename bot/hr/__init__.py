"""What HR officers and admins get: who may see which unit (access), periods, the summary
text and chart (summary), and the spreadsheet export (export). Numbers come from
storage.summary; these modules only decide access and presentation."""
