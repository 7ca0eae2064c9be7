package main

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }

type Service struct {
	*Logger
	name string
}

func main() {
	lg := &Logger{prefix: "> "}
	a := Service{lg, "a"}
	b := Service{lg, "b"}
	a.Log("from a")
	b.Log("from b")
	for _, l := range lg.lines {
		fmt.Println(l)
	}
}
