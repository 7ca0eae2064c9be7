package main

import (
	"fmt"
	
	"runtime"
	"strings"
)

func where() string {
	_, file, line, ok := runtime.Caller(1)
	return fmt.Sprintf("%s:%d %v", file[strings.LastIndex(file, "/")+1:], line, ok)
}

func inner() []string {
	pcs := make([]uintptr, 10)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var names []string
	for {
		f, more := frames.Next()
		names = append(names, f.Function)
		if !more {
			break
		}
	}
	return names
}

func main() {
	fmt.Println(where())
	fmt.Println(inner()[:2])
	pc, _, _, _ := runtime.Caller(0)
	fmt.Println(runtime.FuncForPC(pc).Name())
	buf := make([]byte, 1000)
	n := runtime.Stack(buf, false)
	fmt.Println(strings.HasPrefix(string(buf[:n]), "goroutine 1 [running]:"))
}
