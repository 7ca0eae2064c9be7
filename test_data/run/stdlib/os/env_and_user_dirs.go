package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(os.Setenv("VO_A", "alpha"), os.Setenv("VO_B", ""))
	v, ok := os.LookupEnv("VO_B")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = os.LookupEnv("VO_UNSET_NAME")
	fmt.Printf("%q %v %q\n", v, ok, os.Getenv("VO_UNSET_NAME"))
	found := 0
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "VO_A=") || strings.HasPrefix(kv, "VO_B=") {
			fmt.Println("Environ has", kv)
			found++
		}
	}
	fmt.Println(found)
	fmt.Println(os.ExpandEnv("$VO_A-${VO_A}-$VO_UNSET_NAME-${VO_B}x-$$-$1-${}-$"))
	fmt.Println(os.Expand("$a and ${b} and ${c d}", func(k string) string { return "<" + k + ">" }))
	fmt.Println(os.Expand("no vars", strings.ToUpper), os.Expand("$", strings.ToUpper), os.Expand("${", strings.ToUpper))
	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))
	fmt.Println(os.Unsetenv("VO_A"), os.Getenv("VO_A") == "")

	os.Setenv("HOME", "/home/gopher")
	os.Setenv("XDG_CACHE_HOME", "")
	os.Setenv("XDG_CONFIG_HOME", "")
	fmt.Println(os.UserHomeDir())
	fmt.Println(os.UserCacheDir())
	fmt.Println(os.UserConfigDir())
	os.Setenv("XDG_CACHE_HOME", "/var/cache/me")
	os.Setenv("XDG_CONFIG_HOME", "/etc/me")
	fmt.Println(os.UserCacheDir())
	fmt.Println(os.UserConfigDir())
	os.Unsetenv("XDG_CACHE_HOME")
	os.Unsetenv("XDG_CONFIG_HOME")
	os.Unsetenv("HOME")
	fmt.Println(os.UserHomeDir())
	fmt.Println(os.UserCacheDir())
	fmt.Println(os.UserConfigDir())

	os.Clearenv()
	fmt.Println(len(os.Environ()), os.Getenv("PATH") == "")

	// Identity: only properties that hold everywhere.
	fmt.Println(os.Getpid() > 0, os.Getppid() > 0, os.Getuid() >= 0, os.Geteuid() >= 0, os.Getgid() >= 0, os.Getegid() >= 0)
	groups, err := os.Getgroups()
	fmt.Println(groups != nil || err == nil, err)
	host, err := os.Hostname()
	fmt.Println(host != "", err)
	exe, err := os.Executable()
	fmt.Println(strings.HasPrefix(exe, "/"), err)
	fmt.Println(os.Getpagesize() >= 4096)
}
