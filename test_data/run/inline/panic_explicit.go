// panic(...) inside an inlined function, recovered once (the deferred function sees the inlined frames through
// runtime.Callers), then not recovered.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func check(x int) int {
	if x < 0 {
		panic(fmt.Sprint("negative: ", x))
	}
	return x * 2
}

func mustPositive(x int) int {
	if x <= 0 {
		panic("not positive")
	}
	return x
}

func frames() []string {
	pcs := make([]uintptr, 20)
	n := runtime.Callers(0, pcs)
	fs := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := fs.Next()
		if strings.HasPrefix(f.Function, "main.") {
			out = append(out, fmt.Sprintf("%s:%d", f.Function, f.Line))
		}
		if !more {
			break
		}
	}
	return out
}

func try(x int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered:", e)
			fmt.Println(frames())
			r = -1
		}
	}()
	return mustPositive(x)
}

func main() {
	fmt.Println(try(3), try(0))
	fmt.Println(check(2))
	fmt.Println(check(-4))
}
