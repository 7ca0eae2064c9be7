package main

import (
	"fmt"
	"strings"
)

type row struct {
	name  string
	score int
}

func render(rows []row) string {
	var b strings.Builder
	b.WriteString("+------+-------+\n")
	for _, r := range rows {
		b.WriteString(fmt.Sprintf("| %-4s | %5d |\n", r.name, r.score))
	}
	b.WriteString("+------+-------+")
	return b.String()
}

func main() {
	fmt.Println(render([]row{{"ann", 10}, {"bob", 200}, {"cy", -3}}))
}
